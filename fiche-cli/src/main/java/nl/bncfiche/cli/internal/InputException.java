package nl.bncfiche.cli.internal;

/**
 * An input the command line cannot use: missing, too large, not UTF-8, not a fiche. Exit code 2.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String messageNl;

  /**
   * An unusable input {@code file}, explained in English and Dutch (the place, if any, included).
   */
  public InputException(String file, String messageEn, String messageNl) {
    super(messageEn);
    this.file = file;
    this.messageNl = messageNl;
  }

  /** An unusable input with the cause kept for {@code --debug}. */
  public InputException(String file, String messageEn, String messageNl, Throwable cause) {
    super(messageEn, cause);
    this.file = file;
    this.messageNl = messageNl;
  }

  /** The file as named on the command line. */
  public String file() {
    return file;
  }

  /** The one-line message in the language asked for: "file: message". */
  public String line(boolean dutch) {
    return file + ": " + (dutch ? messageNl : getMessage());
  }
}
