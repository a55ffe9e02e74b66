package nl.bncfiche.rendering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RegelsTest {
  @Test
  void stripsSpacesAndTabsAtEveryLineEndAndNothingElse() {
    assertThat(Regels.stripTrailing("a  \n\t b\t\n \n\nc d ")).isEqualTo("a\n\t b\n\n\nc d");
    assertThat(Regels.stripTrailing("")).isEmpty();
    assertThat(Regels.stripTrailing(" \t")).isEmpty();
    assertThat(Regels.stripTrailing("\n")).isEqualTo("\n");
    // a no-break space is content, not trailing white space
    assertThat(Regels.stripTrailing("a\u00a0 \n")).isEqualTo("a\u00a0\n");
  }

  @Test
  void inPlaceLeavesWhatPrecedesTheStartAlone() {
    StringBuilder sb = new StringBuilder("kept  \n");
    sb.append("x \ny\t");

    Regels.stripTrailing(sb, 7);

    assertThat(sb).hasToString("kept  \nx\ny");
  }

  /** The in-place form against a plain line-by-line model, on seeded random texts. */
  @Test
  void inPlaceAgreesWithStrippingEachLine() {
    Random random = new Random(20_261_205L);
    char[] alphabet = {' ', '\t', '\n', 'a', 'b', '\u00a0', '\r'};
    for (int n = 0; n < 5_000; n++) {
      StringBuilder prefix = new StringBuilder();
      StringBuilder text = new StringBuilder();
      int lines = random.nextInt(3);
      for (int i = 0; i < lines; i++) {
        prefix.append("p ").append('\n');
      }
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      StringBuilder sb = new StringBuilder(prefix).append(text);

      Regels.stripTrailing(sb, prefix.length());

      assertThat(sb.toString()).isEqualTo(prefix + model(text.toString()));
    }
  }

  private static String model(String s) {
    String[] lines = s.split("\n", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      out.append(lines[i].replaceAll("[ \t]+\\z", ""));
    }
    return out.toString();
  }
}
