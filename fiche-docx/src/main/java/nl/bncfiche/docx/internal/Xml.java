package nl.bncfiche.docx.internal;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.bncfiche.rendering.text.FicheReadException;

/**
 * One XML part, read with the JDK's own StAX, configured safely: no DTD (a part with a DOCTYPE is
 * refused), no external entities, no resolver; the element depth is bounded. Not thread-safe.
 */
final class Xml implements AutoCloseable {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";

  private static final String REUSE = "reuse-instance";

  private final XMLStreamReader in;
  private final String part;
  private final int maxDepth;
  private int depth;

  private Xml(XMLStreamReader in, String part, int maxDepth) {
    this.in = in;
    this.part = part;
    this.maxDepth = maxDepth;
  }

  private static XMLInputFactory factory() {
    // The JDK's implementation, never one found on the class path.
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    // The depth is bounded by next() with its own limit and message; from JDK 24 on, the JDK's
    // own default (100 levels) would refuse first, as "not well-formed", a document Word may write.
    f.setProperty("jdk.xml.maxElementDepth", 0);
    // The JDK's own name for it; every parser the factory makes is configured as above.
    if (f.isPropertySupported(REUSE)) {
      f.setProperty(REUSE, true);
    }
    f.setXMLResolver(
        (publicId, systemId, base, ns) -> {
          throw new XMLStreamException("external entity");
        });
    return f;
  }

  /**
   * A thread's factory and what it has parsed. The factory reuses its parser once the one before is
   * closed (making a parser costs about as much as parsing a small part), and a reused parser keeps
   * every name it met in its symbol table: after {@link #RECYCLE_BYTES} the factory is dropped for
   * a new one, which bounds what a thread keeps from the documents it read.
   */
  private static final class Parsers {
    final XMLInputFactory factory = factory();
    long bytes;
  }

  private static final long RECYCLE_BYTES = 16L << 20;

  private static final ThreadLocal<Parsers> PARSERS = ThreadLocal.withInitial(Parsers::new);

  /** Opens {@code bytes} as the part named {@code part}. */
  static Xml open(byte[] bytes, String part, int maxDepth) {
    Parsers parsers = PARSERS.get();
    parsers.bytes += bytes.length;
    if (parsers.bytes > RECYCLE_BYTES) {
      parsers = new Parsers();
      parsers.bytes = bytes.length;
      PARSERS.set(parsers);
    }
    try {
      return new Xml(
          parsers.factory.createXMLStreamReader(new ByteArrayInputStream(bytes)), part, maxDepth);
    } catch (XMLStreamException e) {
      throw broken(part, e);
    }
  }

  /** The next event; a DOCTYPE or too deep an element is refused. */
  int next() {
    try {
      int ev = in.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        if (++depth > maxDepth) {
          throw DocxFailure.badPart(
              part,
              "elementen dieper genest dan " + maxDepth,
              "elements nested deeper than " + maxDepth,
              null);
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (ev == XMLStreamConstants.DTD || ev == XMLStreamConstants.ENTITY_REFERENCE) {
        throw DocxFailure.badPart(
            part, "een DTD of entiteit is niet toegestaan", "a DTD or entity is not allowed", null);
      }
      return ev;
    } catch (XMLStreamException | java.util.NoSuchElementException e) {
      throw broken(part, e);
    }
  }

  boolean hasNext() {
    try {
      return in.hasNext();
    } catch (XMLStreamException e) {
      throw broken(part, e);
    }
  }

  /** The current element's depth, 1 for the root. */
  int depth() {
    return depth;
  }

  /** Whether the current start or end element is {@code w:local}. */
  boolean isW(String local) {
    return local.equals(in.getLocalName()) && isW();
  }

  /** Whether the current start or end element is in Word's namespace (transitional or strict). */
  boolean isW() {
    String ns = in.getNamespaceURI();
    return W.equals(ns) || STRICT.equals(ns);
  }

  String localName() {
    return in.getLocalName();
  }

  String namespace() {
    return in.getNamespaceURI();
  }

  /** The attribute {@code w:name} of the current element (or, as some writers do, unqualified). */
  String attr(String name) {
    String v = in.getAttributeValue(W, name);
    if (v == null) {
      v = in.getAttributeValue(STRICT, name);
    }
    return v != null ? v : in.getAttributeValue(null, name);
  }

  /** The unqualified attribute {@code name} (relationships, content types). */
  String plainAttr(String name) {
    return in.getAttributeValue(null, name);
  }

  String text() {
    return in.getText();
  }

  /** Appends the current text event's characters to {@code out}, without a string between. */
  void appendText(CharBuf out) {
    out.append(in.getTextCharacters(), in.getTextStart(), in.getTextLength());
  }

  /** Skips to the end of the current element. */
  void skipElement() {
    int target = depth - 1;
    while (depth > target) {
      next();
    }
  }

  String part() {
    return part;
  }

  static FicheReadException broken(String part, Exception e) {
    return DocxFailure.badPart(part, "geen welgevormde XML", "not well-formed XML", e);
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (XMLStreamException e) {
      // nothing read is lost by a failing close of an in-memory part
    }
  }
}
