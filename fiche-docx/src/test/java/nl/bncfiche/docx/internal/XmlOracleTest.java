package nl.bncfiche.docx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.bncfiche.docx.DocxWriter;
import nl.bncfiche.rendering.text.FicheReadException;
import nl.bncfiche.testing.FicheGenerator;
import org.junit.jupiter.api.Test;

/**
 * Our XML parser against the JDK's StAX parser (configured as the reader once configured it: no
 * DTD, namespace-aware): on generated documents that use every construct a part may hold, on the
 * parts our writer makes, and on thousands of mutations of both, the two accept the same inputs and
 * report the same elements, namespaces, attribute values and text.
 */
class XmlOracleTest {
  private static final int DEEP = 10_000;
  private static final String[] NAMESPACES = {
    Xml.W, Xml.STRICT, "urn:x", "http://example.invalid/ns", "urn:\u00e9t\u00e9"
  };
  private static final String[] PREFIXES = {"w", "r", "a", "b\u00e9", "xml", "x-y.z"};

  @Test
  void generatedDocumentsAndTheirMutationsAreReadAsStaxReadsThem() {
    // -Dbncfiche.xmlOracle.documents=N and .seed=S for a longer run than CI's
    SplittableRandom random = new SplittableRandom(Long.getLong("bncfiche.xmlOracle.seed", 17));
    int accepted = 0;
    int refused = 0;
    for (int i = 0; i < Integer.getInteger("bncfiche.xmlOracle.documents", 1000); i++) {
      byte[] doc = generated(random).getBytes(StandardCharsets.UTF_8);
      assertThat(ours(doc)).as("generated document %d", i).isEqualTo(stax(doc));
      for (int m = 0; m < 12; m++) {
        byte[] mutant = mutate(doc, random);
        String expected = stax(mutant);
        assertThat(ours(mutant))
            .as("mutation %d of document %d:%n%s", m, i, new String(mutant, StandardCharsets.UTF_8))
            .isEqualTo(expected);
        if (expected.startsWith("REFUSED")) {
          refused++;
        } else {
          accepted++;
        }
      }
    }
    // the mutations reach both sides of well-formedness
    assertThat(accepted).isGreaterThan(500);
    assertThat(refused).isGreaterThan(1500);
  }

  @Test
  void thePartsOurWriterMakesAndTheirMutationsAreReadAsStaxReadsThem() throws IOException {
    SplittableRandom random = new SplittableRandom(23);
    FicheGenerator generator = FicheGenerator.withSeed(23);
    for (int i = 0; i < 20; i++) {
      byte[] docx = DocxWriter.create().write(generator.validDocument());
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          if (!e.getName().endsWith(".xml") && !e.getName().endsWith(".rels")) {
            continue;
          }
          byte[] part = zip.readAllBytes();
          assertThat(ours(part)).as(e.getName()).isEqualTo(stax(part)).doesNotStartWith("REFUSED");
          for (int m = 0; m < 10; m++) {
            byte[] mutant = mutate(part, random);
            assertThat(ours(mutant)).as("a mutation of %s", e.getName()).isEqualTo(stax(mutant));
          }
        }
      }
    }
  }

  @Test
  void otherEncodingsAreReadAsStaxReadsThem() {
    String doc =
        "<?xml version=\"1.0\" encoding=\"%s\"?><a xmlns=\"urn:x\" t=\"caf\u00e9\">\u00e9t\u00e9</a>";
    for (String charset : List.of("UTF-8", "ISO-8859-1", "windows-1252", "UTF-16")) {
      byte[] bytes =
          String.format(doc, charset).getBytes(java.nio.charset.Charset.forName(charset));
      assertThat(ours(bytes)).as(charset).isEqualTo(stax(bytes)).contains("t=caf\u00e9");
    }
    byte[] bom = ("\uFEFF" + String.format(doc, "UTF-8")).getBytes(StandardCharsets.UTF_8);
    assertThat(ours(bom)).isEqualTo(stax(bom));
    byte[] le = String.format(doc, "UTF-16").getBytes(StandardCharsets.UTF_16LE);
    assertThat(ours(le)).isEqualTo(stax(le));
  }

  @Test
  void aRefusalNamesLineAndColumnAndWhy() {
    byte[] doc = "<a>\r\n  <b x='1' x='2'/>\n</a>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> events(doc))
        .isInstanceOf(FicheReadException.class)
        .satisfies(
            e ->
                assertThat(((FicheReadException) e).getMessageNl())
                    .contains("regel 2, kolom 12: een attribuut dat twee keer voorkomt"));
    byte[] unclosed = "<a>\n\u00e9\u00e9<b>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> events(unclosed))
        .isInstanceOf(FicheReadException.class)
        .satisfies(
            e ->
                assertThat(((FicheReadException) e).getMessageEn())
                    .contains("line 2, column 6: the part ends in the middle"));
  }

  @Test
  void declarationsWithAnEncodingTheBytesCannotHaveAreRefused() {
    for (String declaration :
        List.of(
            "<?xml version=\"1.0\" encoding=\"no-such-charset\"?>",
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?>",
            "<?xml version=\"2.0\"?>",
            "<?xml encoding=\"UTF-8\"?>",
            "<?xml version=\"1.0\" standalone=\"maybe\"?>",
            "<?xml version=\"1.0\"?><?xml version=\"1.0\"?>")) {
      byte[] doc = (declaration + "<a/>").getBytes(StandardCharsets.UTF_8);
      assertThat(stax(doc)).as(declaration).isEqualTo("REFUSED");
      assertThatThrownBy(() -> events(doc))
          .as(declaration)
          .isInstanceOf(FicheReadException.class)
          .satisfies(
              e ->
                  assertThat(((FicheReadException) e).getMessageEn())
                      .containsPattern("line 1, column [0-9]+: an? (invalid|unknown|XML)"));
    }
    // a name Java knows for UTF-8 beside the one XML registers: taken, as Java takes it
    byte[] utf8 =
        "<?xml version=\"1.0\" encoding=\"UTF8\"?><a>\u00e9</a>".getBytes(StandardCharsets.UTF_8);
    assertThat(ours(utf8)).contains("\u00e9");
  }

  @Test
  void fiftyThousandAttributesAreCheckedForDuplicatesInLinearTime() {
    // StAX refuses more than 10,000 attributes (the JDK's guard against its quadratic check);
    // ours checks many attributes with a hash set, and so takes them.
    StringBuilder sb = new StringBuilder("<a");
    for (int i = 0; i < 50_000; i++) {
      sb.append(" a").append(i).append("=\"").append(i).append('"');
    }
    byte[] unique = (sb + "/>").getBytes(StandardCharsets.UTF_8);
    assertThat(ours(unique)).contains("a49999=49999");
    byte[] twice = (sb + " a7=\"x\"/>").getBytes(StandardCharsets.UTF_8);
    assertThat(ours(twice)).isEqualTo("REFUSED");
  }

  // ---- the two parsers, as one string of events each

  private static String ours(byte[] bytes) {
    try {
      return events(bytes);
    } catch (FicheReadException e) {
      return "REFUSED";
    }
  }

  /** Our parser's events, or its refusal thrown. */
  private static String events(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    StringBuilder text = new StringBuilder();
    try (Xml x = Xml.open(bytes, "part.xml", DEEP)) {
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == Xml.CHARACTERS) {
          CharBuf buf = new CharBuf(16);
          x.appendText(buf);
          text.append(buf);
          continue;
        }
        flush(text, out);
        if (ev == Xml.START_ELEMENT) {
          out.append("<{").append(x.namespace()).append('}').append(x.localName());
          TreeMap<String, String> attrs = new TreeMap<>();
          for (int i = 0; i < x.attributeCount(); i++) {
            attrs.put(
                "{" + x.attributeNamespace(i) + "}" + x.attributeLocalName(i), x.attributeValue(i));
          }
          out.append(attrs).append(">\n");
        } else if (ev == Xml.END_ELEMENT) {
          out.append("</{").append(x.namespace()).append('}').append(x.localName()).append(">\n");
        }
      }
    }
    return out.toString();
  }

  private static String stax(byte[] bytes) {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty("jdk.xml.maxElementDepth", 0);
    StringBuilder out = new StringBuilder();
    StringBuilder text = new StringBuilder();
    try {
      XMLStreamReader in = f.createXMLStreamReader(new ByteArrayInputStream(bytes));
      while (in.hasNext()) {
        int ev = in.next();
        switch (ev) {
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
              text.append(in.getText());
          case XMLStreamConstants.START_ELEMENT -> {
            // The JDK's parser takes a name with a colon first or last (":a") as a local name;
            // Namespaces in XML 1.0 makes it an error, and ours refuses it.
            if (in.getLocalName().contains(":")) {
              return "REFUSED";
            }
            flush(text, out);
            out.append("<{").append(orNull(in.getNamespaceURI())).append('}');
            out.append(in.getLocalName());
            TreeMap<String, String> attrs = new TreeMap<>();
            for (int i = 0; i < in.getAttributeCount(); i++) {
              if (in.getAttributeLocalName(i).contains(":")) {
                return "REFUSED"; // as below
              }
              if (Xml.XMLNS_NS.equals(in.getAttributeNamespace(i))) {
                continue; // declarations, which its XML 1.1 scanner reports as attributes too
              }
              attrs.put(
                  "{" + orNull(in.getAttributeNamespace(i)) + "}" + in.getAttributeLocalName(i),
                  in.getAttributeValue(i));
            }
            out.append(attrs).append(">\n");
          }
          case XMLStreamConstants.END_ELEMENT -> {
            flush(text, out);
            out.append("</{").append(orNull(in.getNamespaceURI())).append('}');
            out.append(in.getLocalName()).append(">\n");
          }
          case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE -> {
            return "REFUSED";
          }
          default -> {} // comments and processing instructions: ours skips them
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      return "REFUSED";
    }
    return out.toString();
  }

  private static String orNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static void flush(StringBuilder text, StringBuilder out) {
    if (!text.isEmpty()) {
      out.append('"').append(text).append("\"\n");
      text.setLength(0);
    }
  }

  // ---- documents and mutations

  private static String generated(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    if (r.nextInt(3) == 0) {
      sb.append("<?xml version=\"1.0\"")
          .append(r.nextBoolean() ? " encoding='UTF-8'" : "")
          .append(r.nextBoolean() ? " standalone=\"yes\"" : "")
          .append("?>");
    }
    misc(sb, r);
    element(sb, r, 0, new ArrayList<>(List.of("xml")));
    misc(sb, r);
    return sb.toString();
  }

  private static void misc(StringBuilder sb, SplittableRandom r) {
    switch (r.nextInt(5)) {
      case 0 -> sb.append("<!-- a - comment -->");
      case 1 -> sb.append("<?pi some data?>");
      case 2 -> sb.append("\r\n ");
      default -> {}
    }
  }

  private static void element(StringBuilder sb, SplittableRandom r, int depth, List<String> bound) {
    List<String> scope = new ArrayList<>(bound);
    StringBuilder attrs = new StringBuilder();
    if (r.nextInt(3) == 0) {
      attrs.append(" xmlns=\"").append(r.nextInt(5) == 0 ? "" : pick(NAMESPACES, r)).append('"');
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      String p = pick(PREFIXES, r);
      if (!p.equals("xml") && attrs.indexOf(" xmlns:" + p + "=") < 0) {
        attrs.append(" xmlns:").append(p).append("='").append(pick(NAMESPACES, r)).append('\'');
        scope.add(p);
      }
    }
    String name = qname(r, scope);
    List<String> used = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      String a = r.nextInt(3) == 0 ? qname(r, scope) : pick(new String[] {"val", "id", "t"}, r);
      if (!used.contains(a)) {
        used.add(a);
        char q = r.nextBoolean() ? '"' : '\'';
        attrs
            .append(r.nextBoolean() ? " " : "\n\t")
            .append(a)
            .append(r.nextBoolean() ? "=" : " = ");
        attrs.append(q).append(text(r, true)).append(q);
      }
    }
    sb.append('<').append(name).append(attrs);
    if (depth > 6 || r.nextInt(4) == 0) {
      sb.append(r.nextBoolean() ? "/>" : " />");
      return;
    }
    sb.append('>');
    for (int i = r.nextInt(5); i > 0; i--) {
      switch (r.nextInt(6)) {
        case 0, 1 -> element(sb, r, depth + 1, scope);
        case 2 -> sb.append(text(r, false));
        case 3 -> sb.append("<![CDATA[").append("a < b & c ]] >\r\n]]>");
        case 4 -> misc(sb, r);
        default -> sb.append(" \n");
      }
    }
    sb.append("</").append(name).append(r.nextBoolean() ? ">" : " >");
  }

  private static String qname(SplittableRandom r, List<String> scope) {
    String local = pick(new String[] {"p", "r", "t", "body", "\u00e9l", "x.1-_y"}, r);
    return r.nextInt(3) == 0 ? local : scope.get(r.nextInt(scope.size())) + ":" + local;
  }

  private static String text(SplittableRandom r, boolean attribute) {
    String[] pieces = {
      "tekst",
      " ",
      "\t",
      "\r\n",
      "\r",
      "\n",
      "&amp;",
      "&lt;",
      "&gt;",
      "&apos;",
      "&quot;",
      "&#233;",
      "&#x1F600;",
      "&#13;",
      "&#x9;",
      "\u00e9",
      "\u20ac",
      "\ud83d\ude00",
      "]",
      "]]",
      "a>b",
      attribute ? "''" : "\"'\""
    };
    StringBuilder sb = new StringBuilder();
    for (int i = 1 + r.nextInt(5); i > 0; i--) {
      String piece = pick(pieces, r);
      if (attribute && piece.equals("''")) {
        piece = "&apos;";
      }
      sb.append(piece);
    }
    return sb.toString();
  }

  private static String pick(String[] options, SplittableRandom r) {
    return options[r.nextInt(options.length)];
  }

  private static final String[] INSERTS = {
    "<",
    ">",
    "&",
    ";",
    "\"",
    "'",
    ":",
    "/",
    "=",
    " ",
    "]]>",
    "--",
    "<!--",
    "-->",
    "<?",
    "?>",
    "xmlns:q=\"urn:q\" ",
    "q:",
    "&#0;",
    "&#xD800;",
    "&e;",
    "<![CDATA[",
    "<!DOCTYPE a>",
    "\u0000",
    "\u0001",
    "\r",
    "\uFFFE",
    "</a>",
    "<a>",
    "<?xml version=\"1.0\"?>",
    "xmlns=''",
    "xmlns:w=''"
  };

  /**
   * A mutation of {@code doc} after its XML declaration (the JDK's parser knows fewer names of
   * encodings than the JDK, e.g. not "UTF8"; declarations have tests of their own). A bit is
   * flipped only in an ASCII byte: the JDK's parser takes the name characters of XML 1.0's fourth
   * edition, ours those of the fifth, which differ for letters outside ASCII.
   */
  private static byte[] mutate(byte[] doc, SplittableRandom r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String head = new String(doc, 0, Math.min(doc.length, 100), StandardCharsets.ISO_8859_1);
    int start = head.startsWith("<?xml") && head.contains("?>") ? head.indexOf("?>") + 2 : 0;
    int at = start + r.nextInt(doc.length - start + 1);
    switch (r.nextInt(6)) {
      case 0 -> {
        byte[] copy = doc.clone();
        int i = Math.min(at, copy.length - 1);
        if (i >= 0 && copy[i] >= 0) {
          copy[i] ^= (byte) (1 << r.nextInt(8));
        }
        return copy;
      }
      case 1 -> {
        out.write(doc, 0, at);
        int from = Math.min(doc.length, at + 1 + r.nextInt(3));
        out.write(doc, from, doc.length - from);
      }
      case 2 -> out.write(doc, 0, at);
      case 3 -> {
        int length = Math.min(doc.length - at, r.nextInt(40));
        out.write(doc, 0, at + length);
        out.write(doc, at, doc.length - at);
      }
      default -> {
        out.write(doc, 0, at);
        byte[] insert = pick(INSERTS, r).getBytes(StandardCharsets.UTF_8);
        out.write(insert, 0, insert.length);
        out.write(doc, at, doc.length - at);
      }
    }
    return out.toByteArray();
  }
}
