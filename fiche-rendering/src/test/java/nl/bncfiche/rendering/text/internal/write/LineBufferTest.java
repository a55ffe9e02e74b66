package nl.bncfiche.rendering.text.internal.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link LineBuffer}'s own arithmetic. */
class LineBufferTest {
  @Test
  void numbersAreWrittenInDecimal() {
    for (int n :
        new int[] {
          0,
          1,
          9,
          10,
          11,
          99,
          100,
          101,
          999_999_999,
          1_000_000_000,
          Integer.MAX_VALUE,
          -1,
          -42,
          Integer.MIN_VALUE
        }) {
      LineBuffer b = new LineBuffer();
      b.begin();
      b.append(n);
      b.end();
      assertThat(b.text()).isEqualTo(n + "\n");
    }
  }
}
