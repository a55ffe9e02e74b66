package nl.bncfiche.validation;

/** How serious an {@link Issue} is; only {@link #ERROR} makes a fiche invalid. */
public enum Severity {
  /** The fiche is wrong: it must not be sent like this. */
  ERROR,
  /** Probably wrong or unusual: a person should look. */
  WARNING,
  /** Worth knowing; nothing to fix. */
  INFO
}
