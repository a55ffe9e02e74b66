package nl.bncfiche.model;

/**
 * The generation of the template, which decides the section numbering and labels.
 *
 * <p>{@link #G2007}: 2007–2012, unlettered "Label: value" items; {@link #G2013}: 2013–2024,
 * separate sections for the subsidiarity assessment and the financial consequences; {@link #G2025}:
 * from 2025, one section 4 "Grondhouding" with items a–e.
 */
public enum Generatie {
  /** The template of 2007–2012. */
  G2007,
  /** The template of 2013–2024. */
  G2013,
  /** The template in use from 2025. */
  G2025
}
