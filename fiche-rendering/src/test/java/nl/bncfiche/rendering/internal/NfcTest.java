package nl.bncfiche.rendering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import nl.bncfiche.model.fixture.LinearTime;
import org.junit.jupiter.api.Test;

/**
 * {@link Nfc} is {@link Normalizer}'s NFC wherever no run of more than 30 combining marks is,
 * leaves such runs as written, is idempotent, and takes linear time.
 */
class NfcTest {
  /**
   * Pieces of text: ASCII, precomposed and decomposed letters, marks of different classes (which
   * reorder), a mark that decomposes into two (U+0344), Hangul jamo that compose, a supplementary
   * mark, a CJK letter, a lone surrogate.
   */
  private static final String[] PIECES = {
    "a",
    "e",
    " ",
    "\u00e9",
    "e\u0301",
    "\u0301",
    "\u0316",
    "\u0327",
    "\u0344",
    "\u05b0",
    "\u05b1",
    "\u1100",
    "\u1161",
    "\u11a8",
    "\ud834\udd67",
    "\u4e2d",
    "\u0b47",
    "\u0b3e",
    "\ud83d",
    "\n"
  };

  private static String random(Random r, int pieces, int longRuns) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      sb.append(PIECES[r.nextInt(PIECES.length)]);
      if (longRuns > 0 && r.nextInt(pieces) < longRuns) {
        int marks = 25 + r.nextInt(20);
        for (int k = 0; k < marks; k++) {
          sb.append(r.nextBoolean() ? '\u0301' : '\u0316');
        }
      }
    }
    return sb.toString();
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  @Test
  void isTheJdksNfcWithoutLongRuns() {
    long seed = 30_301L;
    Random r = new Random(seed);
    for (int i = 0; i < 20_000; i++) {
      String s = random(r, 1 + r.nextInt(40), 0);
      assertThat(Nfc.normalize(s)).as("seed %d, string %d", seed, i).isEqualTo(nfc(s));
      assertThat(Nfc.isNormalized(s)).as("seed %d, string %d", seed, i).isEqualTo(nfc(s).equals(s));
    }
    String thirty = "e" + "\u0301\u0316".repeat(15);
    assertThat(Nfc.normalize(thirty)).isEqualTo(nfc(thirty));
  }

  @Test
  void leavesLongRunsAndTheirBaseAsWrittenAndNormalisesTheRest() {
    String run = "e" + "\u0301\u0316".repeat(16);
    String s = "caf\u0065\u0301 " + run + " e\u0301";
    assertThat(Nfc.normalize(s)).isEqualTo("caf\u00e9 " + run + " \u00e9");
    assertThat(Nfc.isNormalized(s)).isFalse();
    assertThat(Nfc.isNormalized(Nfc.normalize(s))).isTrue();
    assertThat(Nfc.normalize(run)).isSameAs(run);
    assertThat(Nfc.normalize("\u0316\u0301".repeat(20))).isEqualTo("\u0316\u0301".repeat(20));
  }

  @Test
  void isIdempotentAndAgreesWithItsCheck() {
    long seed = 30_302L;
    Random r = new Random(seed);
    for (int i = 0; i < 5_000; i++) {
      String s = random(r, 1 + r.nextInt(60), 3);
      String once = Nfc.normalize(s);
      assertThat(Nfc.normalize(once)).as("seed %d, string %d", seed, i).isEqualTo(once);
      assertThat(Nfc.isNormalized(once)).as("seed %d, string %d", seed, i).isTrue();
      assertThat(Nfc.isNormalized(s)).as("seed %d, string %d", seed, i).isEqualTo(once.equals(s));
    }
  }

  @Test
  void takesLinearTimeOnRunsOfAlternatingMarks() {
    LinearTime.assertLinear(
        "normalize",
        5_000,
        n -> {
          String s = "Zie e" + "\u0301\u0316".repeat(n) + " hier.";
          return () -> Nfc.normalize(s);
        });
    LinearTime.assertLinear(
        "isNormalized",
        5_000,
        n -> {
          String s = "Zie e" + "\u0301\u0316".repeat(n) + " hier.";
          return () -> Nfc.isNormalized(s);
        });
    LinearTime.assertLinear(
        "many short runs",
        2_000,
        n -> {
          String s = ("e" + "\u0301\u0316".repeat(15)).repeat(n);
          return () -> Nfc.normalize(s);
        });
  }
}
