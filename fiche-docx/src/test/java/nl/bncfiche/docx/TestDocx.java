package nl.bncfiche.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hand-made .docx packages for tests: parts by name, the usual ones filled in. */
final class TestDocx {
  static final String W =
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
          + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
  static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

  private final Map<String, String> parts = new LinkedHashMap<>();

  TestDocx() {
    parts.put(
        "[Content_Types].xml",
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
    parts.put(
        "_rels/.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\""
            + REL
            + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
    parts.put(
        "word/_rels/document.xml.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\""
            + REL
            + "styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\""
            + REL
            + "numbering\" Target=\"numbering.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\""
            + REL
            + "footnotes\" Target=\"footnotes.xml\"/>"
            + "<Relationship Id=\"rId4\" Type=\""
            + REL
            + "comments\" Target=\"comments.xml\"/></Relationships>");
  }

  /** A document whose body holds {@code bodyXml}. */
  static TestDocx body(String bodyXml) {
    return new TestDocx().part("word/document.xml", document(bodyXml));
  }

  static String document(String bodyXml) {
    return "<w:document " + W + "><w:body>" + bodyXml + "</w:body></w:document>";
  }

  TestDocx styles(String stylesXml) {
    return part("word/styles.xml", "<w:styles " + W + ">" + stylesXml + "</w:styles>");
  }

  TestDocx numbering(String numberingXml) {
    return part("word/numbering.xml", "<w:numbering " + W + ">" + numberingXml + "</w:numbering>");
  }

  TestDocx footnotes(String footnotesXml) {
    return part("word/footnotes.xml", "<w:footnotes " + W + ">" + footnotesXml + "</w:footnotes>");
  }

  TestDocx part(String name, String content) {
    parts.put(name, content);
    return this;
  }

  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> e : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A paragraph of {@code text} with paragraph properties {@code pPr} (may be empty). */
  static String p(String pPr, String text) {
    return "<w:p>"
        + (pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>")
        + "<w:r><w:t xml:space=\"preserve\">"
        + text
        + "</w:t></w:r></w:p>";
  }

  static String style(String pStyle) {
    return "<w:pStyle w:val=\"" + pStyle + "\"/>";
  }

  static String num(int numId, int ilvl) {
    return "<w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr>";
  }
}
