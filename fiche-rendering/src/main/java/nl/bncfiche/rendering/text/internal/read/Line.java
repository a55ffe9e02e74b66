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
