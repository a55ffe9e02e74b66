package nl.bncfiche.validation;

/**
 * Which rules apply: {@link #CONCEPT} for a draft, {@link #DEFINITIEF} for a fiche ready to send.
 *
 * <p>Every rule applies from one profile on: a rule of profile {@code CONCEPT} applies in both, a
 * rule of profile {@code DEFINITIEF} (completeness) only in {@code DEFINITIEF}.
 */
public enum Profile {
  /** A draft: formats and consistency of what is there; nothing is reported as missing. */
  CONCEPT,
  /** Ready to send: completeness too. */
  DEFINITIEF
}
