package nl.bncfiche.cli;

/** The command line's input limits. */
final class Limits {
  /** Inputs over 20 MB are refused before they are read: a fiche is rarely over 1 MB. */
  static final long DEFAULT_MAX_BYTES = 20_000_000L;

  private Limits() {}
}
