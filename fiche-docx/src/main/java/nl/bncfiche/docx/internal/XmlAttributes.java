package nl.bncfiche.docx.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The current start element's attributes, kept as offsets into the part and made strings only when
 * asked for, and the namespace bindings in scope. Namespace declarations are bindings, not
 * attributes, as in StAX.
 */
final class XmlAttributes {
  private final byte[] b;
  private final XmlSymbols symbols;
  // the bindings in scope, innermost last; a null URI undeclares the default namespace. Each
  // prefix's innermost binding is found by a map, and each binding notes the one it hides: a
  // lookup or a declaration costs the same however many bindings are in scope
  private String[] bindingPrefix = new String[16];
  private String[] bindingUri = new String[16];
  private int[] bindingHides = new int[16];
  private int bindings;
  private final Map<String, Integer> innermost = new HashMap<>();
  // the attributes
  private int count;
  private int[] nameStart = new int[8];
  private int[] colon = new int[8];
  private int[] nameEnd = new int[8];
  private int[] valueStart = new int[8];
  private int[] valueEnd = new int[8];
  private boolean[] plain = new boolean[8];
  private boolean[] ascii = new boolean[8];
  private String[] local = new String[8];
  private String[] ns = new String[8];
  private final StringBuilder decoded = new StringBuilder();

  XmlAttributes(byte[] b, XmlSymbols symbols) {
    this.b = b;
    this.symbols = symbols;
  }

  /** Starts a start element's attributes; the mark to {@link #leave} its bindings with. */
  int enter() {
    count = 0;
    return bindings;
  }

  /** Leaves an element: its bindings go out of scope, and there are no attributes. */
  void leave(int mark) {
    for (int i = bindings - 1; i >= mark; i--) {
      if (bindingHides[i] < 0) {
        innermost.remove(bindingPrefix[i]);
      } else {
        innermost.put(bindingPrefix[i], bindingHides[i]);
      }
    }
    bindings = mark;
    count = 0;
  }

  /**
   * Adds the attribute whose name is {@code [nameFrom, nameTo)} (its colon at {@code colonAt}, or
   * -1) and whose value is {@code [from, to)}; {@code isPlain} when its bytes are its value. A
   * namespace declaration binds its prefix for the element that {@code mark} began.
   */
  void add(
      int nameFrom,
      int colonAt,
      int nameTo,
      boolean isAscii,
      int from,
      int to,
      boolean isPlain,
      int mark) {
    if (startsWithXmlns(nameFrom, nameTo, colonAt)) {
      String prefix = colonAt < 0 ? "" : symbols.of(b, colonAt + 1, nameTo, isAscii);
      String uri =
          isPlain && isAscii(from, to)
              ? symbols.of(b, from, to, true)
              : canonical(value(from, to, isPlain));
      declare(prefix, uri, mark, nameFrom);
      return;
    }
    if (count == local.length) {
      int n = count * 2;
      nameStart = Arrays.copyOf(nameStart, n);
      colon = Arrays.copyOf(colon, n);
      nameEnd = Arrays.copyOf(nameEnd, n);
      valueStart = Arrays.copyOf(valueStart, n);
      valueEnd = Arrays.copyOf(valueEnd, n);
      plain = Arrays.copyOf(plain, n);
      ascii = Arrays.copyOf(ascii, n);
      local = Arrays.copyOf(local, n);
      ns = Arrays.copyOf(ns, n);
    }
    nameStart[count] = nameFrom;
    colon[count] = colonAt;
    nameEnd[count] = nameTo;
    valueStart[count] = from;
    valueEnd[count] = to;
    plain[count] = isPlain;
    ascii[count] = isAscii;
    count++;
  }

  private boolean startsWithXmlns(int from, int to, int colonAt) {
    if (to - from < 5
        || b[from] != 'x'
        || b[from + 1] != 'm'
        || b[from + 2] != 'l'
        || b[from + 3] != 'n'
        || b[from + 4] != 's') {
      return false;
    }
    return to - from == 5 || colonAt == from + 5;
  }

  private boolean isAscii(int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] < 0) {
        return false;
      }
    }
    return true;
  }

  private static String canonical(String uri) {
    for (String known : Xml.KNOWN_NAMESPACES) {
      if (known.equals(uri)) {
        return known;
      }
    }
    return uri;
  }

  private void declare(String prefix, String uri, int mark, int at) {
    if (prefix.equals("xmlns")
        || uri.equals(Xml.XMLNS_NS)
        || prefix.equals("xml") != uri.equals(Xml.XML_NS)
        || (uri.isEmpty() && !prefix.isEmpty())) {
      throw new MalformedXml(at, XmlWhy.BAD_BINDING);
    }
    Integer hidden = innermost.get(prefix);
    if (hidden != null && hidden >= mark) {
      throw new MalformedXml(at, XmlWhy.DUPLICATE_ATTRIBUTE); // declared twice on one element
    }
    if (bindings == bindingPrefix.length) {
      bindingPrefix = Arrays.copyOf(bindingPrefix, bindings * 2);
      bindingUri = Arrays.copyOf(bindingUri, bindings * 2);
      bindingHides = Arrays.copyOf(bindingHides, bindings * 2);
    }
    bindingPrefix[bindings] = prefix;
    bindingUri[bindings] = uri.isEmpty() ? null : uri;
    bindingHides[bindings] = hidden == null ? -1 : hidden;
    innermost.put(prefix, bindings);
    bindings++;
  }

  /** The namespace of {@code prefix} ("" for the default), or a refusal of an unbound prefix. */
  String resolve(String prefix, int at) {
    Integer i = innermost.get(prefix);
    if (i != null) {
      return bindingUri[i];
    }
    if (prefix.isEmpty()) {
      return null;
    }
    if (prefix.equals("xml")) {
      return Xml.XML_NS;
    }
    throw new MalformedXml(at, XmlWhy.UNBOUND_PREFIX);
  }

  /** Once the start tag is read: the attributes' namespaces and names, each name only once. */
  void resolve() {
    for (int i = 0; i < count; i++) {
      int from = nameStart[i];
      if (colon[i] < 0) {
        ns[i] = null;
        local[i] = symbols.of(b, from, nameEnd[i], ascii[i]);
      } else {
        ns[i] = resolve(symbols.of(b, from, colon[i], ascii[i]), from);
        local[i] = symbols.of(b, colon[i] + 1, nameEnd[i], ascii[i]);
      }
    }
    if (count <= 16) {
      for (int i = 1; i < count; i++) {
        for (int j = 0; j < i; j++) {
          if (local[i].equals(local[j]) && Objects.equals(ns[i], ns[j])) {
            throw new MalformedXml(nameStart[i], XmlWhy.DUPLICATE_ATTRIBUTE);
          }
        }
      }
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < count; i++) {
      if (!seen.add((ns[i] == null ? "" : ns[i]) + ' ' + local[i])) {
        throw new MalformedXml(nameStart[i], XmlWhy.DUPLICATE_ATTRIBUTE);
      }
    }
  }

  int count() {
    return count;
  }

  String namespace(int i) {
    return ns[i];
  }

  String localName(int i) {
    return local[i];
  }

  String value(int i) {
    return value(valueStart[i], valueEnd[i], plain[i]);
  }

  /** The attribute {@code name} in {@code namespace} (null: in any), or -1. */
  int find(String namespace, String name) {
    for (int i = 0; i < count; i++) {
      if (name.equals(local[i]) && (namespace == null || namespace.equals(ns[i]))) {
        return i;
      }
    }
    return -1;
  }

  /** The value whose bytes are {@code [from, to)}: references resolved, white space normalised. */
  private String value(int from, int to, boolean isPlain) {
    if (isPlain) {
      return new String(b, from, to - from, StandardCharsets.UTF_8);
    }
    decoded.setLength(0);
    int p = from;
    while (p < to) {
      int c = b[p];
      if (c == '&') {
        long r = XmlChars.reference(b, p, to);
        decoded.appendCodePoint((int) (r >>> 32));
        p = (int) r;
      } else if (c == '\r') {
        decoded.append(' ');
        p += p + 1 < to && b[p + 1] == '\n' ? 2 : 1;
      } else if (c == '\n' || c == '\t') {
        decoded.append(' ');
        p++;
      } else if (c < 0) {
        int cp = XmlChars.codePoint(b, p, to);
        decoded.appendCodePoint(cp);
        p += XmlChars.utf8Length(cp);
      } else {
        decoded.append((char) c);
        p++;
      }
    }
    return decoded.toString();
  }
}
