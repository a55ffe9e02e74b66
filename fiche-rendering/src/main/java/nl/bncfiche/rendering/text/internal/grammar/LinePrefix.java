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
    if (line.startsWith("•") || line.startsWith("\u25cf") || line.startsWith("\u25aa")) {
      bullet = true;
      i = skipSpaces(line, 1);
    }
    String letter = "";
    int number = -1;
    int j = i;
    while (j < line.length() && j - i < 2 && line.charAt(j) >= 'a' && line.charAt(j) <= 'z') {
      j++;
    }
    if (j > i
        && j < line.length()
        && line.charAt(j) == ')'
        && (j + 1 == line.length() || line.charAt(j + 1) == ' ')) {
      letter = line.substring(i, j);
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
          && (j + 1 == line.length() || line.charAt(j + 1) == ' ')) {
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

  /** The index of the first character from {@code i} that is no space, tab or no-break space. */
  static int skipSpaces(String s, int i) {
    while (i < s.length()
        && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\u00a0')) {
      i++;
    }
    return i;
  }
}
