package nl.bncfiche.model;

/**
 * The kind of Commission document a fiche covers, where known. Never derive it from the fiche's
 * title alone: item 1a and the CELEX type say it.
 */
public enum VoorstelSoort {
  /** A proposed regulation. */
  VERORDENING,
  /** A proposed directive. */
  RICHTLIJN,
  /** A proposed decision (besluit, formerly beschikking). */
  BESLUIT,
  /** A proposed Council recommendation, or a Commission recommendation. */
  AANBEVELING,
  /** A communication, strategy, action plan, white or green paper. */
  MEDEDELING,
  /** A joint communication of the Commission and the High Representative (JOIN). */
  GEZAMENLIJKE_MEDEDELING,
  /** A package of several documents of different kinds. */
  PAKKET,
  /** Another kind of document. */
  OVERIG
}
