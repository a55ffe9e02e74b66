package nl.bncfiche.docx.internal;

import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;

/**
 * One XML part, read by our own pull parser: the parts of a .docx are plain namespaced XML 1.0, and
 * the JDK's StAX parser spent more time setting up and checking than our reader spent on everything
 * else (see docs/performance.md). It checks well-formedness (XML 1.0 and namespaces) as a
 * conforming parser does, resolves only the five predefined entities and character references,
 * refuses every DTD, and bounds the element depth; a refusal names the line and column in the part.
 * It reports start and end elements, text (CDATA included, line ends normalised) and the end of the
 * document; comments and processing instructions are checked and skipped. The JDK's StAX parser is
 * its oracle in the tests. Not thread-safe.
 *
 * <p>The scanning state (offset, depth, open elements, text) is shared by every construct, so it
 * stays in this one class; the pieces without state are in {@link XmlChars}, the attributes and
 * namespace scope in {@link XmlAttributes}, the encoding and positions in {@link XmlInput}.
 */
final class Xml implements AutoCloseable {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
  static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";
  static final List<String> KNOWN_NAMESPACES =
      List.of(
          W,
          STRICT,
          XML_NS,
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
          "http://schemas.openxmlformats.org/markup-compatibility/2006",
          "http://schemas.openxmlformats.org/package/2006/relationships",
          "http://schemas.openxmlformats.org/package/2006/content-types");

  static final int START_ELEMENT = XMLStreamConstants.START_ELEMENT;
  static final int END_ELEMENT = XMLStreamConstants.END_ELEMENT;
  static final int CHARACTERS = XMLStreamConstants.CHARACTERS;
  static final int END_DOCUMENT = XMLStreamConstants.END_DOCUMENT;
  private static final int START_DOCUMENT = XMLStreamConstants.START_DOCUMENT;

  private final XmlInput in;
  private final byte[] b;
  private final int end;
  private final String part;
  private final int maxDepth;
  private final XmlSymbols symbols = XmlSymbols.ofThread();
  private final XmlAttributes attributes;
  private int pos;
  private int event = START_DOCUMENT;
  private int depth;
  private boolean rootSeen;
  private boolean pendingEnd;
  private boolean nameAscii;

  // the open elements: their qualified names' bytes, names and first namespace binding
  private int[] openStart = new int[16];
  private int[] openEnd = new int[16];
  private String[] openLocal = new String[16];
  private String[] openNs = new String[16];
  private int[] openBindings = new int[16];
  // the current event's name and text
  private String local;
  private String ns;
  private final CharBuf text = new CharBuf(256);
  private boolean textControl;

  private Xml(XmlInput in, String part, int maxDepth) {
    this.in = in;
    this.b = in.bytes();
    this.pos = in.afterDeclaration();
    this.end = b.length;
    this.part = part;
    this.maxDepth = maxDepth;
    this.attributes = new XmlAttributes(b, symbols);
  }

  /**
   * Opens {@code bytes} as the part named {@code part}: its encoding found, its declaration read.
   */
  static Xml open(byte[] bytes, String part, int maxDepth) {
    return new Xml(XmlInput.of(bytes, part), part, maxDepth);
  }

  /** The next event; a DOCTYPE, an unknown entity or too deep an element is refused. */
  int next() {
    try {
      event = advance();
      return event;
    } catch (MalformedXml e) {
      throw in.broken(part, e.at, e.why);
    }
  }

  boolean hasNext() {
    return event != END_DOCUMENT;
  }

  /** The current element's depth, 1 for the root. */
  int depth() {
    return depth;
  }

  /** Whether the current start or end element is {@code w:local}. */
  boolean isW(String name) {
    return name.equals(local) && isW();
  }

  /** Whether the current start or end element is in Word's namespace (transitional or strict). */
  boolean isW() {
    return W.equals(ns) || STRICT.equals(ns);
  }

  String localName() {
    return local;
  }

  String namespace() {
    return ns;
  }

  /** The attribute {@code w:name} of the current element (or, as some writers do, unqualified). */
  String attr(String name) {
    int i = attributes.find(W, name);
    if (i < 0) {
      i = attributes.find(STRICT, name);
    }
    if (i < 0) {
      i = attributes.find(null, name);
    }
    return i < 0 ? null : attributes.value(i);
  }

  /** The attribute {@code name} in whatever namespace (relationships, content types). */
  String plainAttr(String name) {
    int i = attributes.find(null, name);
    return i < 0 ? null : attributes.value(i);
  }

  /** The current start element's attributes, namespace declarations left out. */
  int attributeCount() {
    return attributes.count();
  }

  /** The namespace of attribute {@code i}, null for none. */
  String attributeNamespace(int i) {
    return attributes.namespace(i);
  }

  String attributeLocalName(int i) {
    return attributes.localName(i);
  }

  String attributeValue(int i) {
    return attributes.value(i);
  }

  /** Whether the current text event holds a character below U+0020 (a line feed, a tab). */
  boolean textHasControl() {
    return textControl;
  }

  /** Appends the current text event's characters to {@code out}, without a string between. */
  void appendText(CharBuf out) {
    out.append(text);
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

  @Override
  public void close() {
    // nothing to release: the part is in memory, and the symbols stay with the thread
  }

  private int advance() {
    if (pendingEnd) {
      pendingEnd = false;
      return endElement();
    }
    if (event == END_DOCUMENT) {
      throw new MalformedXml(pos, XmlWhy.END);
    }
    while (true) {
      if (pos >= end) {
        if (depth > 0) {
          throw new MalformedXml(pos, XmlWhy.END);
        }
        if (!rootSeen) {
          throw new MalformedXml(pos, XmlWhy.NO_ROOT);
        }
        return END_DOCUMENT;
      }
      byte c = b[pos];
      if (c == '<') {
        byte d = pos + 1 < end ? b[pos + 1] : 0;
        if (d == '/') {
          return endTag();
        } else if (d == '!') {
          if (markupDeclaration()) {
            return CHARACTERS;
          }
        } else if (d == '?') {
          pos = XmlChars.skipInstruction(b, pos, end);
        } else {
          return startTag();
        }
      } else if (depth == 0) {
        if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
          throw new MalformedXml(pos, rootSeen ? XmlWhy.AFTER_ROOT : XmlWhy.TEXT_OUTSIDE_ROOT);
        }
        pos++;
      } else {
        readText();
        return CHARACTERS;
      }
    }
  }

  // ---- markup

  private int startTag() {
    if (rootSeen && depth == 0) {
      throw new MalformedXml(pos, XmlWhy.AFTER_ROOT);
    }
    int nameStart = ++pos;
    int colon = name();
    int nameEnd = pos;
    boolean ascii = nameAscii;
    int mark = attributes.enter();
    boolean empty = false;
    while (true) {
      boolean space = skipSpace();
      if (pos >= end) {
        throw new MalformedXml(pos, XmlWhy.END);
      }
      byte c = b[pos];
      if (c == '>') {
        pos++;
        break;
      }
      if (c == '/') {
        if (pos + 1 < end && b[pos + 1] == '>') {
          pos += 2;
          empty = true;
          break;
        }
        throw new MalformedXml(pos + 1, XmlWhy.EXPECTED_TAG_END);
      }
      if (!space) {
        throw new MalformedXml(pos, XmlWhy.EXPECTED_ATTRIBUTE);
      }
      readAttribute(mark);
    }
    if (depth == maxDepth) {
      throw DocxFailure.badPart(
          part,
          "elementen dieper genest dan " + maxDepth,
          "elements nested deeper than " + maxDepth,
          null);
    }
    String prefix = colon < 0 ? "" : symbols.of(b, nameStart, colon, ascii);
    if (prefix.equals("xmlns")) {
      throw new MalformedXml(nameStart, XmlWhy.BAD_NAME);
    }
    String namespace = attributes.resolve(prefix, nameStart);
    String name = symbols.of(b, colon < 0 ? nameStart : colon + 1, nameEnd, ascii);
    attributes.resolve();
    push(nameStart, nameEnd, mark, name, namespace);
    local = name;
    ns = namespace;
    rootSeen = true;
    pendingEnd = empty;
    return START_ELEMENT;
  }

  private void push(int nameStart, int nameEnd, int mark, String name, String namespace) {
    if (depth == openStart.length) {
      int n = depth * 2;
      openStart = Arrays.copyOf(openStart, n);
      openEnd = Arrays.copyOf(openEnd, n);
      openLocal = Arrays.copyOf(openLocal, n);
      openNs = Arrays.copyOf(openNs, n);
      openBindings = Arrays.copyOf(openBindings, n);
    }
    openStart[depth] = nameStart;
    openEnd[depth] = nameEnd;
    openLocal[depth] = name;
    openNs[depth] = namespace;
    openBindings[depth] = mark;
    depth++;
  }

  private int endTag() {
    int at = pos;
    pos += 2;
    if (depth == 0) {
      throw new MalformedXml(at, rootSeen ? XmlWhy.AFTER_ROOT : XmlWhy.NO_ROOT);
    }
    int open = depth - 1;
    int length = openEnd[open] - openStart[open];
    if (end - pos < length
        || !Arrays.equals(b, pos, pos + length, b, openStart[open], openEnd[open])) {
      throw new MalformedXml(pos, XmlWhy.END_TAG_MISMATCH);
    }
    pos += length;
    skipSpace();
    if (pos >= end) {
      throw new MalformedXml(pos, XmlWhy.END);
    }
    if (b[pos] != '>') {
      throw new MalformedXml(pos, XmlWhy.END_TAG_MISMATCH);
    }
    pos++;
    return endElement();
  }

  private int endElement() {
    int open = --depth;
    local = openLocal[open];
    ns = openNs[open];
    attributes.leave(openBindings[open]);
    return END_ELEMENT;
  }

  private void readAttribute(int mark) {
    int nameStart = pos;
    int colon = name();
    int nameEnd = pos;
    boolean ascii = nameAscii;
    skipSpace();
    if (pos >= end || b[pos] != '=') {
      throw new MalformedXml(pos, pos >= end ? XmlWhy.END : XmlWhy.EXPECTED_EQUALS);
    }
    pos++;
    skipSpace();
    if (pos >= end || (b[pos] != '"' && b[pos] != '\'')) {
      throw new MalformedXml(pos, pos >= end ? XmlWhy.END : XmlWhy.EXPECTED_QUOTE);
    }
    byte quote = b[pos++];
    int valueStart = pos;
    boolean plain = attributeValue(quote);
    attributes.add(nameStart, colon, nameEnd, ascii, valueStart, pos - 1, plain, mark);
  }

  /** A comment, a CDATA section or a DOCTYPE after {@code <!}; true when it was text (CDATA). */
  private boolean markupDeclaration() {
    int at = pos;
    if (startsWith(pos, "<!--")) {
      pos = XmlChars.skipComment(b, pos + 4, end);
      return false;
    }
    if (startsWith(pos, "<![CDATA[")) {
      if (depth == 0) {
        throw new MalformedXml(at, rootSeen ? XmlWhy.AFTER_ROOT : XmlWhy.TEXT_OUTSIDE_ROOT);
      }
      pos += 9;
      text.clear();
      textControl = false;
      while (true) {
        if (pos >= end) {
          throw new MalformedXml(pos, XmlWhy.END);
        }
        int c = b[pos];
        if (c == ']' && startsWith(pos, "]]>")) {
          pos += 3;
          return true;
        }
        if (c == '&') {
          text.append('&');
          pos++;
        } else {
          textChar(c);
        }
      }
    }
    if (startsWith(pos, "<!DOCTYPE")) {
      throw DocxFailure.badPart(
          part, "een DTD of entiteit is niet toegestaan", "a DTD or entity is not allowed", null);
    }
    throw new MalformedXml(at + 2, XmlWhy.BAD_MARKUP);
  }

  // ---- text

  private void readText() {
    text.clear();
    textControl = false;
    while (true) {
      // the common case: a run of printable ASCII, copied as a block
      int run = pos;
      while (pos < end) {
        byte c = b[pos];
        if (c < 0x20 || c == '<' || c == '&' || c == ']') {
          break;
        }
        pos++;
      }
      text.appendAscii(b, run, pos);
      if (pos >= end) {
        throw new MalformedXml(pos, XmlWhy.END);
      }
      int c = b[pos];
      if (c == '<') {
        return;
      }
      if (c == ']' && startsWith(pos, "]]>")) {
        throw new MalformedXml(pos, XmlWhy.CDATA_END_IN_TEXT);
      }
      textChar(c);
    }
  }

  /** Appends the character at {@code pos}, whose first byte is {@code c}, to the text. */
  private void textChar(int c) {
    if (c == '&') {
      long r = XmlChars.reference(b, pos, end);
      appendCodePoint((int) (r >>> 32));
      pos = (int) r;
    } else if (c < 0) {
      int cp = XmlChars.codePoint(b, pos, end);
      appendCodePoint(cp);
      pos += XmlChars.utf8Length(cp);
    } else if (c >= 0x20) {
      text.append((char) c);
      pos++;
    } else if (c == '\n' || c == '\t') {
      textControl = true;
      text.append((char) c);
      pos++;
    } else if (c == '\r') {
      textControl = true;
      text.append('\n');
      pos += pos + 1 < end && b[pos + 1] == '\n' ? 2 : 1;
    } else {
      throw new MalformedXml(pos, XmlWhy.ILLEGAL_CHARACTER);
    }
  }

  /**
   * Checks an attribute value from {@code pos} to its closing {@code quote}, leaving {@code pos}
   * after it; true when its bytes are its value (no reference, no white space to normalise).
   */
  private boolean attributeValue(byte quote) {
    boolean plain = true;
    while (true) {
      if (pos >= end) {
        throw new MalformedXml(pos, XmlWhy.END);
      }
      int c = b[pos];
      if (c == quote) {
        pos++;
        return plain;
      }
      if (c == '<') {
        throw new MalformedXml(pos, XmlWhy.LT_IN_ATTRIBUTE);
      } else if (c == '&') {
        pos = (int) XmlChars.reference(b, pos, end);
        plain = false;
      } else if (c < 0) {
        pos += XmlChars.utf8Length(XmlChars.codePoint(b, pos, end));
      } else if (c < 0x20) {
        if (c != '\n' && c != '\t' && c != '\r') {
          throw new MalformedXml(pos, XmlWhy.ILLEGAL_CHARACTER);
        }
        plain = false;
        pos++;
      } else {
        pos++;
      }
    }
  }

  private void appendCodePoint(int cp) {
    if (cp < 0x20) {
      textControl = true;
    }
    text.appendCodePoint(cp);
  }

  // ---- names and white space

  /**
   * Reads a qualified name at {@code pos} (at most one colon, neither first nor last, each part
   * starting as a name starts); the offset of its colon, or -1. Sets {@link #nameAscii}.
   */
  private int name() {
    int start = pos;
    int colon = -1;
    boolean ascii = true;
    while (pos < end) {
      int c = b[pos];
      boolean first = pos == start || pos == colon + 1;
      if (c >= 0) {
        byte kind = XmlChars.asciiName(c);
        if (kind == 0) {
          break;
        }
        if (c == ':') {
          if (colon >= 0 || first) {
            throw new MalformedXml(pos, XmlWhy.BAD_NAME);
          }
          colon = pos;
        } else if (first && !XmlChars.isNameStart(c)) {
          throw new MalformedXml(pos, pos == start ? XmlWhy.EXPECTED_NAME : XmlWhy.BAD_NAME);
        }
        pos++;
      } else {
        int cp = XmlChars.codePoint(b, pos, end);
        if (first ? !XmlChars.isNameStart(cp) : !XmlChars.isNameChar(cp)) {
          if (first) {
            throw new MalformedXml(pos, pos == start ? XmlWhy.EXPECTED_NAME : XmlWhy.BAD_NAME);
          }
          break;
        }
        ascii = false;
        pos += XmlChars.utf8Length(cp);
      }
    }
    if (pos == start) {
      throw new MalformedXml(pos, pos >= end ? XmlWhy.END : XmlWhy.EXPECTED_NAME);
    }
    if (colon == pos - 1) {
      throw new MalformedXml(colon, XmlWhy.BAD_NAME);
    }
    nameAscii = ascii;
    return colon;
  }

  private boolean skipSpace() {
    int start = pos;
    while (pos < end) {
      byte c = b[pos];
      if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
        break;
      }
      pos++;
    }
    return pos > start;
  }

  private boolean startsWith(int p, String s) {
    return XmlChars.startsWith(b, p, end, s);
  }
}
