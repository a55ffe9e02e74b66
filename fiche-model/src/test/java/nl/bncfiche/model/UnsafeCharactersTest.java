package nl.bncfiche.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnsafeCharactersTest {
  @Test
  void everyCharacterIsJudgedByTheDefinition() {
    for (int c = 0; c <= 0xFFFF; c++) {
      char ch = (char) c;
      boolean control =
          c < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || c >= 0x7f && c <= 0x9f;
      boolean bidi = c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
      assertThat(UnsafeCharacters.isUnsafe(ch)).as("U+%04X", c).isEqualTo(control || bidi);
      String s = "ab" + ch + "c";
      int expected = control || bidi ? 2 : -1;
      assertThat(UnsafeCharacters.firstUnsafe(s)).as("U+%04X", c).isEqualTo(expected);
      assertThat(UnsafeCharacters.firstUnsafe(new StringBuilder(s)))
          .as("U+%04X", c)
          .isEqualTo(expected);
    }
  }

  @Test
  void theFirstOfSeveralIsFound() {
    assertThat(UnsafeCharacters.firstUnsafe("")).isEqualTo(-1);
    assertThat(UnsafeCharacters.firstUnsafe("tab\tline\nend\r")).isEqualTo(-1);
    assertThat(UnsafeCharacters.firstUnsafe("a\u202Eb\u0000")).isEqualTo(1);
    assertThat(UnsafeCharacters.firstUnsafe("é\u200Fé\u007F")).isEqualTo(3);
    // Across the chunks of a small buffer.
    String longer = "x".repeat(1000) + "\u2066" + "y".repeat(10) + "\u0000";
    assertThat(UnsafeCharacters.firstUnsafe(longer, new char[7])).isEqualTo(1000);
    assertThat(UnsafeCharacters.firstUnsafe(longer)).isEqualTo(1000);
    assertThat(UnsafeCharacters.firstUnsafe("z".repeat(999) + "\u0085", new char[10]))
        .isEqualTo(999);
  }
}
