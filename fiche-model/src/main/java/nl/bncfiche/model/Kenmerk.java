package nl.bncfiche.model;

/**
 * A part of a fiche's layout that a reader may have had to presume ({@link Fiche#getVermoed()}):
 * its template or its generation. A published fiche never states these; the reader takes them from
 * its headings and labels, and presumes them where those show nothing (an excerpt of section 1
 * only, a fiche without its later sections).
 */
public enum Kenmerk {
  /** The template, {@link Fiche#getSjabloon()}. */
  SJABLOON,
  /** The generation, {@link Fiche#getGeneratie()}. */
  GENERATIE
}
