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

  @Test
  void aTextBeyondTheKeptArrayMakesTheNextStartAtItsSizeUntilAFarSmallerOne() {
    String line = "x".repeat(999);
    int lines = LineBuffer.KEPT_CAPACITY / 1000 + 100;
    String large = write(line, lines);
    assertThat(large).hasSize(lines * 1000);
    LineBuffer next = new LineBuffer();
    assertThat(next.capacity()).isGreaterThanOrEqualTo(large.length());
    next.begin();
    next.append("kort");
    next.end();
    assertThat(next.text()).isEqualTo("kort\n"); // far smaller: the size is forgotten
    LineBuffer after = new LineBuffer();
    assertThat(after.capacity()).isLessThan(LineBuffer.KEPT_CAPACITY);
    after.text();
    // a large text right after a large one grows no more: it starts at the size it needs
    write(line, lines);
    LineBuffer again = new LineBuffer();
    int start = again.capacity();
    for (int i = 0; i < lines; i++) {
      again.begin();
      again.append(line);
      again.end();
    }
    assertThat(again.capacity()).isEqualTo(start);
    assertThat(again.text()).hasSize(lines * 1000);
  }

  private static String write(String line, int lines) {
    LineBuffer b = new LineBuffer();
    for (int i = 0; i < lines; i++) {
      b.begin();
      b.append(line);
      b.end();
    }
    return b.text();
  }
}
