package nl.bncfiche.rendering.text.internal.grammar;

/**
 * The parts of a line before its label: a bullet, then an item letter or a section number.
 *
 * @param bullet whether the line starts with a bullet ("•", "●" or "▪")
 * @param letter the item letter without ")" ("a"), or empty
 * @param number the section number ("4" of "4. …"), or -1
 * @param rest the text after the prefix
 * @param offset where {@code rest} starts in the line
 */
public record LinePrefix(boolean bullet, String letter, int number, String rest, int offset) {
  /** Splits a bullet, then a letter "a)" or a number "1.", from the start of {@code line}. */
  public static LinePrefix of(String line) {
    if (!line.isEmpty() && line.charAt(0) >= 'A' && line.charAt(0) <= 'Z') {
      // Most lines, prose and labels, start with a capital: no bullet, letter or number.
      return new LinePrefix(false, "", -1, line, 0);
    }
    int i = 0;
    boolean bullet = false;
    if (!line.isEmpty() && isBullet(line.charAt(0))) {
      bullet = true;
      i = skipSpaces(line, 1);
    }
    String letter = "";
    int number = -1;
    // A letter "a)", or as other renderings write it "(a)" and "a."
    boolean open = i < line.length() && line.charAt(i) == '(';
    int from = open ? i + 1 : i;
    int j = from;
    while (j < line.length() && j - from < 2 && line.charAt(j) >= 'a' && line.charAt(j) <= 'z') {
      j++;
    }
    if (j > from
        && j < line.length()
        && (line.charAt(j) == ')' || !open && line.charAt(j) == '.' && j - from == 1)
        && (j + 1 == line.length() || isSpace(line.charAt(j + 1)))) {
      letter = line.substring(from, j);
      i = skipSpaces(line, j + 1);
    } else {
      j = i;
      while (j < line.length()
          && j - i < 3
          && Character.isDigit(line.charAt(j))
          && line.charAt(j) < 128) {
        j++;
      }
      if (j > i
          && j < line.length()
          && line.charAt(j) == '.'
          && (j + 1 == line.length() || isSpace(line.charAt(j + 1)))) {
        number = Integer.parseInt(line.substring(i, j));
        i = skipSpaces(line, j + 1);
      }
    }
    return new LinePrefix(bullet, letter, number, line.substring(i), i);
  }

  /** Whether the prefix is neither a bullet nor a letter: what a heading may have. */
  public boolean mayBeHeading() {
    return !bullet && letter.isEmpty();
  }

  /**
   * The length of the list-item marking that starts {@code line}, its spaces included, or 0 where
   * none does: the canonical "•", or another bullet ({@link #isBullet}) with a space after it, as
   * other renderings write a Word list item (Apache Tika writes Word's bullet as "· ").
   */
  public static int listItemMarking(String line) {
    if (line.isEmpty() || !isBullet(line.charAt(0))) {
      return 0;
    }
    if (line.charAt(0) == '\u2022') {
      return skipSpaces(line, 1);
    }
    return line.length() > 1 && isSpace(line.charAt(1)) ? skipSpaces(line, 1) : 0;
  }

  /**
   * Whether {@code c} is a bullet of a list in some rendering: •, ●, ▪, ◦, ·, ‣, ○, or Word's
   * Symbol-font bullet U+F0B7.
   */
  static boolean isBullet(char c) {
    return c == '\u2022'
        || c == '\u25cf'
        || c == '\u25aa'
        || c == '\u25e6'
        || c == '\u00b7'
        || c == '\u2023'
        || c == '\u25cb'
        || c == '\uf0b7';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00a0';
  }

  /** The index of the first character from {@code i} that is no space, tab or no-break space. */
  static int skipSpaces(String s, int i) {
    while (i < s.length()
        && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\u00a0')) {
      i++;
    }
    return i;
  }
}
