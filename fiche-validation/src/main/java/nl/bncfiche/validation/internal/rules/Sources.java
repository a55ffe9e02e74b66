package nl.bncfiche.validation.internal.rules;

/**
 * What the rules rest on, as the catalogue names it: the Kamerstukken of dossier 22 112 that set
 * the templates and the terms, treaty articles, EU registers, or our own convention where no public
 * source prescribes the check.
 */
final class Sources {
  /** The templates of 2007, 2011 and 2012 and the letters that introduced them. */
  static final String SJABLONEN = "Kamerstuk 22 112, nrs. 539, 1198 and 1366 (the templates)";

  /** The 2025 layout, which no public source dates. */
  static final String SJABLOON_2025 = "published fiches of 2026 (project convention)";

  /** The six-week term, the August recess and the first Council discussion. */
  static final String TERMIJN = "Kamerstuk 22 112, nr. 1366";

  /** The three-week term on the MFK package and the delay letters. */
  static final String DRIE_WEKEN = "Kamerstuk 22 112, nrs. 1366 and 4183";

  /** The eight weeks of the national parliaments' subsidiarity check. */
  static final String SUBSIDIARITEIT =
      "Protocol (no. 2) on subsidiarity and proportionality, art. 6";

  /** A letter sent in place of a fiche. */
  static final String GEEN_FICHE = "Kamerstuk 22 112, nr. 2367";

  /** Commission document numbers, CELEX numbers and procedure numbers. */
  static final String EUR_LEX = "EUR-Lex (document, CELEX and procedure numbers)";

  /** The dossier of the fiches. */
  static final String DOSSIER = "Kamerstuk 22 112 (the dossier of the fiches)";

  /** The Council's voting rules. */
  static final String STEMREGELS = "VEU art. 16; VWEU art. 238";

  /** The European Parliament's part in the legislative procedures. */
  static final String PROCEDURES = "VWEU art. 289 and 294";

  /** The legal bases' own procedures. */
  static final String RECHTSBASIS = "VWEU (each article's procedure); VWEU art. 289 and 294";

  /** The list of Council configurations. */
  static final String RAADSFORMATIES = "Council Decision 2009/878/EU (the Council configurations)";

  /** The ministries' names over the cabinets. */
  static final String MINISTERIES =
      "the ministries' names at the cabinet changes of 2010, 2012, 2017 and 2024";

  /** Where no public source prescribes the check. */
  static final String CONVENTION = "project convention";

  private Sources() {}
}
