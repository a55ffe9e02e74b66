package nl.bncfiche.model;

/** What a paragraph of a {@link Tekst} is: running text, a list item or a sub-heading. */
public enum AlineaSoort {
  /** A paragraph of running text. */
  ALINEA,
  /** An item of a bulleted list. */
  OPSOMMING,
  /** A sub-heading inside a section's text, such as "Inhoud voorstel". */
  TUSSENKOP
}
