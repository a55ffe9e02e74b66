package nl.bncfiche.model;

/**
 * The fiche template: one for communications, one for legislative proposals (wet- en regelgeving).
 */
public enum Sjabloon {
  /**
   * Communications, strategies, action plans, JOIN communications, proposed Council
   * recommendations.
   */
  MEDEDELING,
  /** Legislative proposals: verordening, richtlijn, besluit, and packages of them. */
  WETGEVING
}
