package nl.bncfiche.docx.internal;

/**
 * XML 1.0's character classes and the lexical pieces of a part that need no parser state: UTF-8
 * sequences, references, comments, processing instructions and names. Each throws {@link
 * MalformedXml} at the offending byte.
 */
final class XmlChars {
  private XmlChars() {}

  private static final byte NAME = 1;
  private static final byte NAME_START = 2;
  private static final byte[] ASCII = new byte[128];

  static {
    for (int c = '0'; c <= '9'; c++) {
      ASCII[c] = NAME;
    }
    ASCII['-'] = NAME;
    ASCII['.'] = NAME;
    for (int c = 'a'; c <= 'z'; c++) {
      ASCII[c] = NAME_START;
      ASCII[c - 32] = NAME_START;
    }
    ASCII['_'] = NAME_START;
    ASCII[':'] = NAME_START;
  }

  /** 0 when {@code c} (ASCII) is no name character, else whether it may start a name. */
  static byte asciiName(int c) {
    return ASCII[c];
  }

  static boolean isNameStart(int cp) {
    return cp < 0x80
        ? ASCII[cp] == NAME_START
        : (cp >= 0xC0 && cp <= 0xD6)
            || (cp >= 0xD8 && cp <= 0xF6)
            || (cp >= 0xF8 && cp <= 0x2FF)
            || (cp >= 0x370 && cp <= 0x37D)
            || (cp >= 0x37F && cp <= 0x1FFF)
            || (cp >= 0x200C && cp <= 0x200D)
            || (cp >= 0x2070 && cp <= 0x218F)
            || (cp >= 0x2C00 && cp <= 0x2FEF)
            || (cp >= 0x3001 && cp <= 0xD7FF)
            || (cp >= 0xF900 && cp <= 0xFDCF)
            || (cp >= 0xFDF0 && cp <= 0xFFFD)
            || (cp >= 0x10000 && cp <= 0xEFFFF);
  }

  static boolean isNameChar(int cp) {
    return cp < 0x80
        ? ASCII[cp] != 0
        : isNameStart(cp)
            || cp == 0xB7
            || (cp >= 0x300 && cp <= 0x36F)
            || (cp >= 0x203F && cp <= 0x2040);
  }

  /** Whether {@code cp} is a character XML 1.0 allows. */
  static boolean isXmlChar(int cp) {
    return cp >= 0x20
        ? cp <= 0xD7FF || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF)
        : cp == 0x9 || cp == 0xA || cp == 0xD;
  }

  /** The character of the UTF-8 sequence at {@code p} (its first byte not ASCII), checked. */
  static int codePoint(byte[] b, int p, int end) {
    int c = b[p] & 0xFF;
    if (c < 0xC2 || c > 0xF4) {
      throw new MalformedXml(p, XmlWhy.BAD_UTF8);
    }
    int n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (end - p < n) {
      throw new MalformedXml(p, XmlWhy.BAD_UTF8);
    }
    int cp = c & (0x7F >> n);
    for (int i = 1; i < n; i++) {
      int next = b[p + i];
      if ((next & 0xC0) != 0x80) {
        throw new MalformedXml(p, XmlWhy.BAD_UTF8);
      }
      cp = cp << 6 | (next & 0x3F);
    }
    if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
        || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
      throw new MalformedXml(p, XmlWhy.BAD_UTF8);
    }
    if (cp == 0xFFFE || cp == 0xFFFF) {
      throw new MalformedXml(p, XmlWhy.ILLEGAL_CHARACTER);
    }
    return cp;
  }

  /** How many bytes UTF-8 gives {@code cp}. */
  static int utf8Length(int cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }

  /**
   * The reference at {@code p} (its {@code &}): the character in the upper half of the result, the
   * offset after its {@code ;} in the lower. Only XML's five entities are known; any other is
   * refused unresolved.
   */
  static long reference(byte[] b, int p, int end) {
    int q = p + 1;
    if (q < end && b[q] == '#') {
      q++;
      int radix = 10;
      if (q < end && b[q] == 'x') {
        radix = 16;
        q++;
      }
      int digits = q;
      int v = 0;
      while (q < end && b[q] != ';') {
        int d = digit(b[q], radix);
        if (d < 0) {
          throw new MalformedXml(q, XmlWhy.BAD_REFERENCE);
        }
        v = v * radix + d;
        if (v > 0x10FFFF) {
          throw new MalformedXml(p, XmlWhy.BAD_REFERENCE);
        }
        q++;
      }
      if (q >= end) {
        throw new MalformedXml(q, XmlWhy.END);
      }
      if (q == digits || !isXmlChar(v)) {
        throw new MalformedXml(p, XmlWhy.BAD_REFERENCE);
      }
      return (long) v << 32 | (q + 1);
    }
    int cp =
        startsWith(b, q, end, "lt;")
            ? '<'
            : startsWith(b, q, end, "gt;")
                ? '>'
                : startsWith(b, q, end, "amp;")
                    ? '&'
                    : startsWith(b, q, end, "apos;")
                        ? '\''
                        : startsWith(b, q, end, "quot;") ? '"' : -1;
    if (cp < 0) {
      int r = q;
      while (r < end && b[r] >= 0 && ASCII[b[r]] != 0) {
        r++;
      }
      throw new MalformedXml(
          p, r > q && r < end && b[r] == ';' ? XmlWhy.ENTITY : XmlWhy.BAD_REFERENCE);
    }
    return (long) cp << 32 | (q + (cp == '<' || cp == '>' ? 3 : cp == '&' ? 4 : 5));
  }

  /** Whether the bytes from {@code p} (before {@code end}) are the ASCII string {@code s}. */
  static boolean startsWith(byte[] b, int p, int end, String s) {
    if (end - p < s.length()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (b[p + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int digit(byte c, int radix) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (radix == 16 && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
      return (c | 0x20) - 'a' + 10;
    }
    return -1;
  }

  /** Skips a comment's content from {@code p} (after {@code <!--}); the offset after its end. */
  static int skipComment(byte[] b, int p, int end) {
    while (true) {
      if (p >= end) {
        throw new MalformedXml(p, XmlWhy.END);
      }
      int c = b[p];
      if (c == '-' && p + 1 < end && b[p + 1] == '-') {
        if (p + 2 < end && b[p + 2] == '>') {
          return p + 3;
        }
        throw new MalformedXml(p, p + 2 < end ? XmlWhy.BAD_COMMENT : XmlWhy.END);
      }
      p = skipChar(b, p, end, c);
    }
  }

  /**
   * Skips the processing instruction at {@code p} (its {@code <?}); the offset after its {@code
   * ?>}. Its target is a name (colons allowed, as the JDK's parser allows them) and not {@code
   * xml}: a declaration anywhere but at the start is refused.
   */
  static int skipInstruction(byte[] b, int p, int end) {
    int target = p + 2;
    int q = target;
    while (q < end) {
      int c = b[q];
      int cp = c >= 0 ? c : codePoint(b, q, end);
      if (q == target ? !isNameStart(cp) : !isNameChar(cp)) {
        break;
      }
      q += utf8Length(cp);
    }
    if (q == target) {
      throw new MalformedXml(q, q >= end ? XmlWhy.END : XmlWhy.EXPECTED_NAME);
    }
    if (q - target == 3
        && (b[target] | 0x20) == 'x'
        && (b[target + 1] | 0x20) == 'm'
        && (b[target + 2] | 0x20) == 'l') {
      throw new MalformedXml(p, XmlWhy.MISPLACED_DECLARATION);
    }
    if (q + 1 < end && b[q] == '?' && b[q + 1] == '>') {
      return q + 2;
    }
    if (q < end && b[q] != ' ' && b[q] != '\n' && b[q] != '\t' && b[q] != '\r') {
      throw new MalformedXml(q, XmlWhy.BAD_MARKUP);
    }
    while (true) {
      if (q >= end) {
        throw new MalformedXml(q, XmlWhy.END);
      }
      int c = b[q];
      if (c == '?' && q + 1 < end && b[q + 1] == '>') {
        return q + 2;
      }
      q = skipChar(b, q, end, c);
    }
  }

  private static int skipChar(byte[] b, int p, int end, int c) {
    if (c < 0) {
      return p + utf8Length(codePoint(b, p, end));
    }
    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
      throw new MalformedXml(p, XmlWhy.ILLEGAL_CHARACTER);
    }
    return p + 1;
  }
}
