package nl.bncfiche.model.sjabloon;

/** How the model holds the value of a {@link Veld}: the type behind its JSON path. */
public enum Waarde {
  /** A section of items: an object whose fields are its items. */
  SECTIE,
  /** Paragraphs ({@code Tekst}): a text item, or a section that is text only. */
  TEKST,
  /** A grondhouding item ({@code GrondhoudingOnderdeel}): an optional verdict and paragraphs. */
  OORDEEL_EN_TEKST,
  /** Lines of text, one value each ({@code List<String>}): titles, legal bases. */
  REGELS,
  /** One line of text ({@code Optional<String>}). */
  REGEL,
  /** A Dutch date as written and parsed ({@code Parsed<NederlandseDatum>}). */
  DATUM,
  /** Commission documents as written and parsed ({@code List<Parsed<CommissieDocument>>}). */
  COMMISSIEDOCUMENTEN,
  /** EUR-Lex references as written ({@code List<EurLexVerwijzing>}). */
  EUR_LEX,
  /** The impact assessment as written ({@code ImpactAssessment}). */
  IMPACT_ASSESSMENT,
  /** The lead ministry or ministries as written ({@code Ministeries}). */
  MINISTERIES
}
