package nl.bncfiche.docx.internal;

/** Why a part is not well-formed XML, in Dutch and English; never a quote of the input. */
enum XmlWhy {
  END("het onderdeel houdt midden in op", "the part ends in the middle"),
  NO_ROOT("geen hoofdelement", "no root element"),
  TEXT_OUTSIDE_ROOT("tekst buiten het hoofdelement", "text outside the root element"),
  AFTER_ROOT("inhoud na het hoofdelement", "content after the root element"),
  EXPECTED_NAME("een naam verwacht", "a name expected"),
  BAD_NAME("een ongeldige naam", "an invalid name"),
  EXPECTED_TAG_END("'>' verwacht", "'>' expected"),
  EXPECTED_ATTRIBUTE(
      "een spatie, attribuut of '>' verwacht", "a space, an attribute or '>' expected"),
  EXPECTED_EQUALS("'=' verwacht", "'=' expected"),
  EXPECTED_QUOTE("een aanhalingsteken verwacht", "a quotation mark expected"),
  LT_IN_ATTRIBUTE("'<' in een attribuutwaarde", "'<' in an attribute value"),
  END_TAG_MISMATCH(
      "de eindtag past niet bij de begintag", "the end tag does not match the start tag"),
  DUPLICATE_ATTRIBUTE("een attribuut dat twee keer voorkomt", "an attribute given twice"),
  UNBOUND_PREFIX("een voorvoegsel zonder naamruimte", "a prefix without a namespace"),
  BAD_BINDING("een ongeldige naamruimtedeclaratie", "an invalid namespace declaration"),
  ILLEGAL_CHARACTER("een teken dat XML niet toestaat", "a character XML does not allow"),
  BAD_UTF8("ongeldige UTF-8", "invalid UTF-8"),
  BAD_REFERENCE("een ongeldige tekenverwijzing", "an invalid character reference"),
  ENTITY(
      "een entiteit: alleen de vijf van XML zelf zijn toegestaan",
      "an entity: only XML's own five are allowed"),
  CDATA_END_IN_TEXT("']]>' in tekst", "']]>' in text"),
  BAD_COMMENT("'--' in commentaar", "'--' inside a comment"),
  BAD_MARKUP("onbekende opmaak na '<'", "unknown markup after '<'"),
  MISPLACED_DECLARATION(
      "een XML-declaratie die niet aan het begin staat", "an XML declaration not at the start"),
  BAD_DECLARATION("een ongeldige XML-declaratie", "an invalid XML declaration"),
  BAD_ENCODING(
      "een onbekende tekencodering of een die niet bij de bytes past",
      "an unknown encoding or one the bytes do not match");

  final String nl;
  final String en;

  XmlWhy(String nl, String en) {
    this.nl = nl;
    this.en = en;
  }
}
