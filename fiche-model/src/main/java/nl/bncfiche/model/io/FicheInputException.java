package nl.bncfiche.model.io;

/**
 * An input that cannot be read as a fiche document, with where and what was expected: the one shape
 * of every reader's error. The text reader and the .docx reader throw {@code FicheReadException},
 * the JSON binding {@code FicheJsonException} (which adds the JSON pointer). Unchecked.
 *
 * <p>The messages say what is wrong and what was expected, in Dutch and English, without the place;
 * {@link #getMessage()} is the English one with the place. None quotes more than a few characters
 * of the input, names a class of a library or holds a stack trace.
 */
public abstract class FicheInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String messageNl;
  private final String messageEn;

  /**
   * An exception at {@code line} and {@code column} (from 1; 0 when not known).
   *
   * @param message the English message with the place, for {@link #getMessage()}
   * @param line the line, from 1; 0 when not known
   * @param column the column, from 1; 0 when not known
   * @param messageNl what is wrong, in Dutch, without the place
   * @param messageEn the same in English
   * @param cause the underlying exception, kept for debugging; may be null
   */
  protected FicheInputException(
      String message, int line, int column, String messageNl, String messageEn, Throwable cause) {
    super(message, cause);
    this.line = line;
    this.column = column;
    this.messageNl = messageNl;
    this.messageEn = messageEn;
  }

  /** The line, from 1; 0 when not known. */
  public int getLine() {
    return line;
  }

  /** The column, from 1; 0 when not known. */
  public int getColumn() {
    return column;
  }

  /** What is wrong and what was expected, in Dutch, without the place. */
  public String getMessageNl() {
    return messageNl;
  }

  /** What is wrong and what was expected, in English, without the place. */
  public String getMessageEn() {
    return messageEn;
  }
}
