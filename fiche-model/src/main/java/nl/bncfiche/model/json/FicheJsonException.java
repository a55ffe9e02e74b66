package nl.bncfiche.model.json;

import nl.bncfiche.model.io.FicheInputException;

/**
 * JSON that is not a valid fiche document: broken syntax, an unknown field, a wrong type, a
 * duplicate key, a derived value that contradicts its text or a value over a read limit. The
 * message names the JSON pointer and, where known, the line and column, and says what was expected,
 * in English ({@link #getMessageEn}) and Dutch ({@link #getMessageNl}); it never contains a stack
 * trace, a class name of a library, or the document's content beyond the offending field name (its
 * first 40 characters).
 */
public final class FicheJsonException extends FicheInputException {
  private static final long serialVersionUID = 1L;

  private final String pointer;

  /**
   * An exception at {@code pointer}.
   *
   * @param pointer JSON pointer of the offending value ("" for the document itself)
   * @param line one-based line, or 0 when unknown
   * @param column one-based column, or 0 when unknown
   * @param problem what is wrong and what was expected
   * @param cause the parser's exception, kept for debugging
   */
  public FicheJsonException(String pointer, int line, int column, String problem, Throwable cause) {
    this(pointer, line, column, problem, problem, cause);
  }

  /**
   * An exception at {@code pointer}, with what is wrong in English and Dutch.
   *
   * @param pointer JSON pointer of the offending value ("" for the document itself)
   * @param line one-based line, or 0 when unknown
   * @param column one-based column, or 0 when unknown
   * @param problemEn what is wrong and what was expected, in English
   * @param problemNl the same in Dutch
   * @param cause the parser's exception, kept for debugging
   */
  public FicheJsonException(
      String pointer, int line, int column, String problemEn, String problemNl, Throwable cause) {
    super(format(pointer, line, column, problemEn), line, column, problemNl, problemEn, cause);
    this.pointer = pointer;
  }

  private static String format(String pointer, int line, int column, String problem) {
    String where = "at " + (pointer.isEmpty() ? "/" : shortened(pointer));
    if (line > 0) {
      where += " (line " + line + ", column " + column + ")";
    }
    return where + ": " + problem;
  }

  /**
   * {@code pointer} with every segment cut to 40 characters: an unknown field's name is the
   * document's text, of which the message quotes no more.
   */
  private static String shortened(String pointer) {
    StringBuilder sb = new StringBuilder(pointer.length());
    for (String segment : pointer.substring(1).split("/", -1)) {
      sb.append('/');
      if (segment.length() > 40) {
        int end = Character.isHighSurrogate(segment.charAt(39)) ? 39 : 40;
        sb.append(segment, 0, end).append('…');
      } else {
        sb.append(segment);
      }
    }
    return sb.toString();
  }

  /** The JSON pointer of the offending value; "" for the document itself. */
  public String getPointer() {
    return pointer;
  }
}
