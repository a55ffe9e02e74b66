package nl.bncfiche.docx.internal;

import java.time.LocalDateTime;

/**
 * The package of a written document: its parts in a fixed order, stored (not deflated: deflate's
 * bytes may differ between zlib builds, so that the same document would not give the same bytes on
 * every JDK) with a fixed time stamp, so that the same document always gives the same bytes. Static
 * fields must stay in this order: the shared parts are made from the strings above them.
 */
public final class PackageWriter {
  private static final String XML_DECL =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  private static final String W_NS =
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
          + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  private static final String CT =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.";
  private static final LocalDateTime STAMP = LocalDateTime.of(2026, 1, 1, 0, 0);

  /** The font of the whole document. */
  static final String FONT = "Verdana";

  private PackageWriter() {}

  /** The parts that are the same in every document, made once. */
  private static final StoredZip.Entry CONTENT_TYPES =
      StoredZip.Entry.of("[Content_Types].xml", contentTypes());

  private static final StoredZip.Entry ROOT_RELATIONSHIPS =
      StoredZip.Entry.of(
          "_rels/.rels",
          XML_DECL
              + "<Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\""
              + REL
              + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");

  private static final StoredZip.Entry DOCUMENT_RELATIONSHIPS =
      StoredZip.Entry.of("word/_rels/document.xml.rels", documentRelationships());

  private static final StoredZip.Entry STYLES =
      StoredZip.Entry.of("word/styles.xml", Stylesheet.styles());

  private static final StoredZip.Entry SETTINGS =
      StoredZip.Entry.of(
          "word/settings.xml",
          XML_DECL
              + "<w:settings "
              + W_NS
              + "><w:defaultTabStop w:val=\"708\"/><w:footnotePr><w:numRestart w:val=\"eachSect\"/>"
              + "<w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>"
              + "<w:compat><w:compatSetting w:name=\"compatibilityMode\""
              + " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
              + "</w:settings>");

  private static final StoredZip.Entry FOOTER =
      StoredZip.Entry.of(
          "word/footer1.xml",
          XML_DECL
              + "<w:ftr "
              + W_NS
              + "><w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"center\"/></w:pPr>"
              // no stored result: Word and LibreOffice compute the number anyway, and a stored
              // "1" is what text extractors on Apache POI print after every section
              + "<w:fldSimple w:instr=\" PAGE \"/></w:p></w:ftr>");

  private static final String FOOTNOTES_START =
      XML_DECL
          + "<w:footnotes "
          + W_NS
          + "><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:pPr><w:spacing w:after=\"0\"/>"
          + "</w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>"
          + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr>"
          + "<w:spacing w:after=\"0\"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>"
          + "</w:footnote>";

  private static final int DOS_TIME = StoredZip.dosTime(STAMP);

  /** The package of {@code parts}: its bytes, parts in a fixed order. */
  public static byte[] write(DocumentWriter.Parts parts) {
    return new StoredZip(DOS_TIME)
        .add(CONTENT_TYPES)
        .add(ROOT_RELATIONSHIPS)
        .add(StoredZip.Entry.of("word/document.xml", parts.document()))
        .add(DOCUMENT_RELATIONSHIPS)
        .add(STYLES)
        .add(StoredZip.Entry.of("word/numbering.xml", parts.numbering()))
        .add(
            StoredZip.Entry.of(
                "word/footnotes.xml", FOOTNOTES_START + parts.footnotes() + "</w:footnotes>"))
        .add(SETTINGS)
        .add(FOOTER)
        .toBytes();
  }

  private static String contentTypes() {
    return XML_DECL
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\""
        + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + override("/word/document.xml", "document.main+xml")
        + override("/word/styles.xml", "styles+xml")
        + override("/word/numbering.xml", "numbering+xml")
        + override("/word/footnotes.xml", "footnotes+xml")
        + override("/word/settings.xml", "settings+xml")
        + override("/word/footer1.xml", "footer+xml")
        + "</Types>";
  }

  private static String override(String part, String type) {
    return "<Override PartName=\"" + part + "\" ContentType=\"" + CT + type + "\"/>";
  }

  private static String documentRelationships() {
    return XML_DECL
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + rel("rId1", "styles", "styles.xml")
        + rel("rId2", "numbering", "numbering.xml")
        + rel("rId3", "footnotes", "footnotes.xml")
        + rel("rId4", "settings", "settings.xml")
        + rel("rId5", "footer", "footer1.xml")
        + "</Relationships>";
  }

  private static String rel(String id, String type, String target) {
    return "<Relationship Id=\""
        + id
        + "\" Type=\""
        + REL
        + type
        + "\" Target=\""
        + target
        + "\"/>";
  }

  /** The main document's XML up to its body's content. */
  static void documentStart(StringBuilder out) {
    out.append(XML_DECL).append("<w:document ").append(W_NS).append("><w:body>");
  }

  /** The main document's XML after its body's content: the last section's properties. */
  static void documentEnd(StringBuilder out, int footnoteStart) {
    sectionProperties(out, footnoteStart);
    out.append("</w:body></w:document>");
  }

  /**
   * A4 portrait, margins of 2.5 cm, the page number in the footer; the section's footnotes numbered
   * from {@code footnoteStart}.
   */
  static void sectionProperties(StringBuilder out, int footnoteStart) {
    out.append("<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId5\"/>");
    if (footnoteStart > 1) {
      out.append("<w:footnotePr><w:numStart w:val=\"").append(footnoteStart).append("\"/>");
      out.append("</w:footnotePr>");
    }
    out.append(
        "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
            + "<w:pgMar w:top=\"1417\" w:right=\"1417\" w:bottom=\"1417\" w:left=\"1417\""
            + " w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr>");
  }

  /**
   * The runs' content for {@code text[from, to)}: {@code w:t} with XML escaped, a tab as {@code
   * w:tab}; a character that XML 1.0 cannot hold as U+FFFD.
   */
  static void runText(StringBuilder out, String text, int from, int to) {
    out.append("<w:t xml:space=\"preserve\">");
    // Runs of characters that stand as they are (nearly all) are appended at once.
    int plain = from;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c != '&' && c != '<' && c != '>' && c < Character.MIN_SURROGATE) {
        continue;
      }
      if (c > Character.MAX_SURROGATE && c != 0xFFFE && c != 0xFFFF) {
        continue;
      }
      out.append(text, plain, i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\t' -> out.append("</w:t><w:tab/><w:t xml:space=\"preserve\">");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < to
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else {
            out.append('\uFFFD');
          }
        }
      }
      plain = i + 1;
    }
    out.append(text, plain, to);
    out.append("</w:t>");
  }
}
