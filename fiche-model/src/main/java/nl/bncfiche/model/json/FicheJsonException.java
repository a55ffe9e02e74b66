package nl.bncfiche.model.json;

import java.util.Optional;

/**
 * JSON that is not a valid fiche document: broken syntax, an unknown field, a wrong type, a
 * duplicate key or a value over a read limit. The message names the JSON pointer and, where known,
 * the line and column, and says what was expected; it never contains a stack trace or the
 * document's content beyond the offending field name.
 */
public final class FicheJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final int line;
  private final int column;

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
    super(format(pointer, line, column, problem), cause);
    this.pointer = pointer;
    this.line = line;
    this.column = column;
  }

  private static String format(String pointer, int line, int column, String problem) {
    String where = "at " + (pointer.isEmpty() ? "/" : pointer);
    if (line > 0) {
      where += " (line " + line + ", column " + column + ")";
    }
    return where + ": " + problem;
  }

  /** The JSON pointer of the offending value; "" for the document itself. */
  public String getPointer() {
    return pointer;
  }

  /** The one-based line of the problem, if known. */
  public Optional<Integer> getLine() {
    return line > 0 ? Optional.of(line) : Optional.empty();
  }

  /** The one-based column of the problem, if known. */
  public Optional<Integer> getColumn() {
    return line > 0 ? Optional.of(column) : Optional.empty();
  }
}
