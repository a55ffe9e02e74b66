package nl.bncfiche.rendering.text.internal.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import nl.bncfiche.model.UnsafeCharacters;
import org.junit.jupiter.api.Test;

/** The facts the reader and writer rely on to skip NFC checks. */
class InertCharactersTest {
  private static boolean nfc(String s) {
    return Normalizer.isNormalized(s, Normalizer.Form.NFC);
  }

  @Test
  void charactersBelowU0300AreNfcAlone() {
    for (char c = 0; c < 0x300; c++) {
      assertThat(nfc(String.valueOf(c))).as("U+%04X", (int) c).isTrue();
    }
  }

  @Test
  void inertCharactersNeedNoNfcCheckNextToEachOtherOrBelowU0300() {
    StringBuilder others = new StringBuilder(InertCharacters.ALL);
    for (char c = 0; c < 0x300; c++) {
      others.append(c);
    }
    for (char x : InertCharacters.ALL.toCharArray()) {
      String s = String.valueOf(x);
      assertThat(InertCharacters.isInert(x)).as("U+%04X", (int) x).isTrue();
      assertThat(UnsafeCharacters.isUnsafe(x)).as("U+%04X", (int) x).isFalse();
      assertThat(Normalizer.normalize(s, Normalizer.Form.NFD))
          .as("U+%04X decomposes", (int) x)
          .isEqualTo(s);
      // Combining class 0: no reordering with the highest (240) or lowest (1) class around it.
      assertThat(nfc("\u0345" + x) && nfc(x + "\u0334"))
          .as("U+%04X has combining class 0", (int) x)
          .isTrue();
      for (int i = 0; i < others.length(); i++) {
        char o = others.charAt(i);
        assertThat(nfc("" + o + x) && nfc("" + x + o))
            .as("U+%04X next to U+%04X", (int) x, (int) o)
            .isTrue();
      }
    }
  }
}
