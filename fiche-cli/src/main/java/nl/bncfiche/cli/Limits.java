package nl.bncfiche.cli;

import nl.bncfiche.cli.internal.TextOut;

/** The command line's input limits. */
final class Limits {
  /** Inputs over 20 MB are refused before they are read: a fiche is rarely over 1 MB. */
  static final long DEFAULT_MAX_BYTES = 20_000_000L;

  private Limits() {}

  /**
   * Whether {@code maxSize} can be a {@code --max-size}; when not, says so on {@code err}. A limit
   * of 0 or less would refuse every input (the library refuses a negative one as a programming
   * error, which a user must not see as a stack trace).
   */
  static boolean maxSizeUsable(long maxSize, Lang lang, TextOut err) {
    if (maxSize >= 1) {
      return true;
    }
    err.line(
        lang.dutch()
            ? "fiche: --max-size moet ten minste 1 zijn, niet " + maxSize + "."
            : "fiche: --max-size must be at least 1, not " + maxSize + ".");
    return false;
  }
}
