package nl.bncfiche.rendering.text.internal.grammar;

/**
 * Punctuation and symbols of U+2000 to U+22FF common in a fiche (dashes, quotes, bullet, ellipsis,
 * euro, per mille, trade mark, less/greater or equal): safe, without decomposition, of combining
 * class 0, and composing with nothing before them, so that a line of these and characters below
 * U+0300 is NFC (InertCharactersTest checks each against every such character). The reader and the
 * writer skip the NFC check for them.
 */
public final class InertCharacters {
  /** The characters. */
  static final String ALL =
      "\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026\u20ac\u2030\u2122\u2264\u2265";

  private static final boolean[] TABLE = new boolean[0x300];

  static {
    for (int i = 0; i < ALL.length(); i++) {
      TABLE[ALL.charAt(i) - 0x2000] = true;
    }
  }

  private InertCharacters() {}

  /** Whether {@code c} is one of these characters. */
  public static boolean isInert(char c) {
    return c >= 0x2000 && c < 0x2300 && TABLE[c - 0x2000];
  }
}
