package nl.bncfiche.rendering.text.internal.read;

/**
 * One line of the input, cleaned for reading: Word bookmarks removed, Unicode NFC, white space
 * stripped at both ends.
 *
 * @param text the cleaned text; empty for a blank line
 * @param number the line number, from 1
 * @param column the column of the text's first character, from 1
 * @param literal whether the line was escaped with a backslash: plain text, never structure
 * @param mayHoldBracket whether the text may hold a "[" (a footnote body or reference) or an
 *     escape; false when it certainly holds none, which the line scanner knows for free and which
 *     spares looking for them
 */
record Line(String text, int number, int column, boolean literal, boolean mayHoldBracket) {
  Line(String text, int number, int column) {
    this(text, number, column, false, true);
  }

  /** This line without its escape, as literal text. */
  Line withoutEscape() {
    return new Line(text.substring(1), number, column + 1, true, mayHoldBracket);
  }

  /**
   * This line with its no-break spaces as spaces, character for character (so every column stays
   * where it was): the view in which the header and the letter are recognised, whose words a
   * renderer may join with no-break spaces ("Kamerstuk 22\u00a0112, nr.\u00a04039").
   */
  Line withPlainSpaces() {
    return text.indexOf('\u00a0') < 0
        ? this
        : new Line(text.replace('\u00a0', ' '), number, column, literal, mayHoldBracket);
  }

  /** Whether the line holds no text. */
  boolean isEmpty() {
    return text.isEmpty();
  }

  /**
   * This line with a part of its text, {@code part}, starting {@code offset} characters further.
   */
  Line part(String part, int offset) {
    return new Line(part, number, column + offset, literal, mayHoldBracket);
  }
}
