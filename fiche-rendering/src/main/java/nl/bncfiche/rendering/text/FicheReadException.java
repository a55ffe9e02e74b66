package nl.bncfiche.rendering.text;

import nl.bncfiche.model.io.FicheInputException;

/**
 * Thrown when a text cannot be read as a fiche at all: it is empty, not text (binary or not UTF-8),
 * too long, or holds neither a cover letter nor a fiche. A fiche with wrong or missing values is
 * not such a case: it is read, and the validator reports what is wrong.
 *
 * <p>The message names the place and what was expected, in Dutch and English; it never quotes more
 * than a few characters of the input. Positions and messages as every reader's ({@link
 * FicheInputException}).
 */
public class FicheReadException extends FicheInputException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception at {@code line} and {@code column} (from 1; 0 when the input has no lines, such as
   * undecodable bytes, where the message names the byte offset).
   */
  public FicheReadException(int line, int column, String messageNl, String messageEn) {
    this(line, column, messageNl, messageEn, null);
  }

  /**
   * The same, with its {@code cause}: for an input refused before it was read as a fiche, an {@code
   * InputTooLargeException} or {@code MalformedUtf8Exception} of {@code nl.bncfiche.model.io} that
   * says which limit or byte.
   */
  public FicheReadException(
      int line, int column, String messageNl, String messageEn, Throwable cause) {
    super(
        messageEn + " (line " + line + ", column " + column + ")",
        line,
        column,
        messageNl,
        messageEn,
        cause);
  }
}
