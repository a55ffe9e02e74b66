package nl.bncfiche.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Our .docx said in the way Apache Tika (3.2 and 3.3) can follow, with what Word shows unchanged:
 *
 * <ul>
 *   <li>each numbering instance ({@code w:num}) that restarts its list by a {@code w:startOverride}
 *       gets an abstract numbering of its own that starts there: Tika ignores {@code
 *       w:startOverride} and formats a level override without a {@code w:lvl} as "1." (every label
 *       of our lists comes out as "1.");
 *   <li>the page number field in the footer keeps no stored result: Word and LibreOffice compute it
 *       anyway, and Tika prints the stored "1" as a paragraph at the end of every section.
 * </ul>
 *
 * What this changes is what {@link DocxWriter} would have to write for Tika's text of our .docx to
 * read back equal (the disabled "bug:" cases in {@link Tika32OracleTest}).
 */
final class TikaReadable {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private static final String PAGE_RESULT = "<w:r><w:t>1</w:t></w:r></w:fldSimple>";

  private TikaReadable() {}

  static byte[] of(byte[] docx) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] bytes = in.readAllBytes();
        zip.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("word/numbering.xml")) {
          bytes = numbering(bytes);
        } else if (e.getName().startsWith("word/footer")) {
          String xml = new String(bytes, StandardCharsets.UTF_8);
          if (!xml.contains(PAGE_RESULT)) {
            throw new IOException("no stored page number in " + e.getName());
          }
          bytes = xml.replace(PAGE_RESULT, "</w:fldSimple>").getBytes(StandardCharsets.UTF_8);
        }
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] numbering(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document d;
    try (InputStream in = new ByteArrayInputStream(xml)) {
      d = f.newDocumentBuilder().parse(in);
    }
    Element root = d.getDocumentElement();
    NodeList abstracts = root.getElementsByTagNameNS(W, "abstractNum");
    NodeList nums = root.getElementsByTagNameNS(W, "num");
    Node firstNum = nums.getLength() == 0 ? null : nums.item(0);
    for (int i = 0; i < nums.getLength(); i++) {
      Element num = (Element) nums.item(i);
      Element override = child(num, "lvlOverride");
      Element start = override == null ? null : child(override, "startOverride");
      if (start == null) {
        continue;
      }
      Element ref = child(num, "abstractNumId");
      Element copy = (Element) find(abstracts, ref.getAttributeNS(W, "val")).cloneNode(true);
      String id = Integer.toString(1000 + i);
      copy.setAttributeNS(W, "w:abstractNumId", id);
      Element lvl = child(copy, "lvl");
      child(lvl, "start").setAttributeNS(W, "w:val", start.getAttributeNS(W, "val"));
      root.insertBefore(copy, firstNum);
      ref.setAttributeNS(W, "w:val", id);
      num.removeChild(override);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TransformerFactory.newInstance()
        .newTransformer()
        .transform(new DOMSource(d), new StreamResult(out));
    return out.toByteArray();
  }

  private static Element find(NodeList abstracts, String id) throws IOException {
    for (int i = 0; i < abstracts.getLength(); i++) {
      Element a = (Element) abstracts.item(i);
      if (a.getAttributeNS(W, "abstractNumId").equals(id)) {
        return a;
      }
    }
    throw new IOException("no abstract numbering " + id);
  }

  private static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && W.equals(e.getNamespaceURI())
          && e.getLocalName().equals(name)) {
        return e;
      }
    }
    return null;
  }
}
