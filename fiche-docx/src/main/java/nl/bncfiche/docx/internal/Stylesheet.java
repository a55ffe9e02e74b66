package nl.bncfiche.docx.internal;

/**
 * The styles and abstract numberings of a written document. Styles carry the names Word gives its
 * built-in styles ("heading 1", "List Paragraph", "footnote text"), so that Word shows them in its
 * own language and a ministry can restyle the document; one font throughout.
 */
final class Stylesheet {
  private static final String DECL =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  private static final String W =
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

  private Stylesheet() {}

  static String styles() {
    StringBuilder s = new StringBuilder(4096);
    s.append(DECL).append("<w:styles ").append(W).append('>');
    s.append("<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"")
        .append(PackageWriter.FONT)
        .append("\" w:hAnsi=\"")
        .append(PackageWriter.FONT)
        .append("\" w:eastAsia=\"")
        .append(PackageWriter.FONT)
        .append("\" w:cs=\"")
        .append(PackageWriter.FONT)
        .append("\"/><w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/><w:lang w:val=\"nl-NL\"/>")
        .append("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\"")
        .append(" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>");
    s.append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">")
        .append("<w:name w:val=\"Normal\"/><w:qFormat/></w:style>");
    s.append("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">")
        .append("<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/>")
        .append("<w:semiHidden/><w:unhideWhenUsed/></w:style>");
    heading(s, 1, 28, 360);
    heading(s, 2, 24, 240);
    heading(s, 3, 20, 160);
    heading(s, 4, 19, 120);
    s.append("<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\">")
        .append("<w:name w:val=\"List Paragraph\"/><w:basedOn w:val=\"Normal\"/>")
        .append("<w:uiPriority w:val=\"34\"/><w:qFormat/><w:pPr><w:ind w:left=\"720\"/></w:pPr>")
        .append("</w:style>");
    s.append("<w:style w:type=\"paragraph\" w:styleId=\"FootnoteText\">")
        .append("<w:name w:val=\"footnote text\"/><w:basedOn w:val=\"Normal\"/>")
        .append("<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/><w:pPr>")
        .append("<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>")
        .append("<w:rPr><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr></w:style>");
    s.append("<w:style w:type=\"character\" w:styleId=\"FootnoteReference\">")
        .append("<w:name w:val=\"footnote reference\"/><w:basedOn w:val=\"DefaultParagraphFont\"/>")
        .append("<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>")
        .append("<w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>");
    s.append("<w:style w:type=\"paragraph\" w:styleId=\"Footer\">")
        .append("<w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/>")
        .append("<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/></w:style>");
    s.append("</w:styles>");
    return s.toString();
  }

  private static void heading(StringBuilder s, int level, int size, int before) {
    s.append("<w:style w:type=\"paragraph\" w:styleId=\"Heading")
        .append(level)
        .append("\"><w:name w:val=\"heading ")
        .append(level)
        .append("\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>")
        .append("<w:uiPriority w:val=\"9\"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>")
        .append("<w:spacing w:before=\"")
        .append(before)
        .append("\" w:after=\"120\"/><w:outlineLvl w:val=\"")
        .append(level - 1)
        .append("\"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val=\"")
        .append(size)
        .append("\"/><w:szCs w:val=\"")
        .append(size)
        .append("\"/></w:rPr></w:style>");
  }

  /** The numbering part: {@code abstracts} (all {@code w:abstractNum}) before {@code nums}. */
  static String numbering(String abstracts, String nums) {
    StringBuilder s = new StringBuilder(256 + abstracts.length() + nums.length());
    s.append(DECL).append("<w:numbering ").append(W).append('>');
    s.append(abstracts).append(nums).append("</w:numbering>");
    return s.toString();
  }

  /**
   * An abstract numbering {@code id} of the kind {@code list} ({@link DocumentWriter#SECTIONS} and
   * the others) that starts at {@code start}. Each list gets one of its own, rather than a shared
   * one restarted by {@code w:startOverride}: Word shows both alike, but Apache Tika (and with it
   * every tool on Apache POI's text) ignores the override and numbers every list from 1.
   */
  static void abstractNum(StringBuilder s, int id, int list, int start) {
    switch (list) {
      case DocumentWriter.SECTIONS -> abstractNum(s, id, start, "decimal", "%1.", 567);
      case DocumentWriter.ITEMS -> abstractNum(s, id, start, "lowerLetter", "%1)", 567);
      case DocumentWriter.BULLETS -> abstractNum(s, id, start, "bullet", "\u2022", 720);
      default -> abstractNum(s, id, start, "decimal", "%1.", 720);
    }
  }

  private static void abstractNum(
      StringBuilder s, int id, int start, String format, String text, int indent) {
    s.append("<w:abstractNum w:abstractNumId=\"")
        .append(id)
        .append("\"><w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\">")
        .append("<w:start w:val=\"")
        .append(start)
        .append("\"/><w:numFmt w:val=\"")
        .append(format)
        .append("\"/><w:lvlText w:val=\"")
        .append(text)
        .append("\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"")
        .append(indent)
        .append("\" w:hanging=\"")
        .append(indent == 720 ? 360 : indent)
        .append("\"/></w:pPr></w:lvl></w:abstractNum>");
  }
}
