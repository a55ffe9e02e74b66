package nl.bncfiche.docx.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.bncfiche.rendering.text.FicheReadException;

/**
 * A part's bytes as UTF-8, whatever they came in: a part in UTF-16 (by its byte-order mark or its
 * first bytes) or in another declared encoding is transcoded once, so that the parser knows one
 * encoding. Also reads the XML declaration, and turns a byte offset into the line and column that a
 * refusal names.
 */
final class XmlInput {
  /** XML's EncName; compiled once, as every part with a declaration is checked against it. */
  private static final Pattern ENCODING_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]*");

  private final byte[] bytes;
  private final int start;
  private int afterDeclaration;

  private XmlInput(byte[] bytes, int start) {
    this.bytes = bytes;
    this.start = start;
  }

  /** The part's bytes as UTF-8, its declaration read; a refusal names {@code part}. */
  static XmlInput of(byte[] raw, String part) {
    XmlInput in = detect(raw, part);
    try {
      String declared = in.declaration();
      if (declared != null && !in.transcoded(raw) && !isUtf8(declared)) {
        in = new XmlInput(transcode(raw, 0, charset(declared, in)), 0);
        in.declaration();
      }
    } catch (MalformedXml e) {
      throw in.broken(part, e.at, e.why);
    }
    return in;
  }

  private boolean transcoded(byte[] raw) {
    return bytes != raw;
  }

  private static XmlInput detect(byte[] raw, String part) {
    if (starts(raw, 0xEF, 0xBB, 0xBF)) {
      return new XmlInput(raw, 3);
    }
    Charset utf16 = null;
    int from = 0;
    if (starts(raw, 0xFE, 0xFF)) {
      utf16 = StandardCharsets.UTF_16BE;
      from = 2;
    } else if (starts(raw, 0xFF, 0xFE)) {
      utf16 = StandardCharsets.UTF_16LE;
      from = 2;
    } else if (starts(raw, 0x00, '<', 0x00, '?')) {
      utf16 = StandardCharsets.UTF_16BE;
    } else if (starts(raw, '<', 0x00, '?', 0x00)) {
      utf16 = StandardCharsets.UTF_16LE;
    }
    if (utf16 == null) {
      return new XmlInput(raw, 0);
    }
    try {
      return new XmlInput(transcode(raw, from, utf16), 0);
    } catch (MalformedXml e) {
      throw new XmlInput(raw, 0).broken(part, 0, e.why);
    }
  }

  private static boolean starts(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUtf8(String name) {
    return name.equalsIgnoreCase("UTF-8") || name.equalsIgnoreCase("UTF8");
  }

  private static Charset charset(String name, XmlInput in) {
    String upper = name.toUpperCase(Locale.ROOT);
    // a 16- or 32-bit encoding declared in a part whose declaration was read as 8-bit bytes
    if (upper.startsWith("UTF-16") || upper.startsWith("UTF-32") || upper.startsWith("ISO-10646")) {
      throw new MalformedXml(in.start, XmlWhy.BAD_ENCODING);
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      throw new MalformedXml(in.start, XmlWhy.BAD_ENCODING);
    }
  }

  private static byte[] transcode(byte[] raw, int from, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(raw, from, raw.length - from))
          .toString()
          .getBytes(StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new MalformedXml(0, XmlWhy.BAD_ENCODING);
    }
  }

  byte[] bytes() {
    return bytes;
  }

  /** Where the part's content begins: after its byte-order mark and its XML declaration. */
  int afterDeclaration() {
    return afterDeclaration;
  }

  /**
   * Reads the XML declaration, if the part has one ({@code <?xml version="1.0" encoding="…"
   * standalone="…"?>}, in this order, the last two optional); its encoding, or null.
   */
  private String declaration() {
    int p = start;
    afterDeclaration = p;
    if (!is(p, "<?xml") || p + 5 >= bytes.length || !space(bytes[p + 5])) {
      return null;
    }
    p += 5;
    String encoding = null;
    String[] names = {"version", "encoding", "standalone"};
    int field = 0;
    while (true) {
      int spaced = p;
      while (p < bytes.length && space(bytes[p])) {
        p++;
      }
      if (is(p, "?>")) {
        if (field == 0) {
          throw new MalformedXml(p, XmlWhy.BAD_DECLARATION);
        }
        afterDeclaration = p + 2;
        return encoding;
      }
      int name = -1;
      for (int i = field; i < names.length && name < 0; i++) {
        if (is(p, names[i])) {
          name = i;
        }
      }
      if (p == spaced || name < 0 || (field == 0 && name != 0)) {
        throw new MalformedXml(p, p >= bytes.length ? XmlWhy.END : XmlWhy.BAD_DECLARATION);
      }
      p += names[name].length();
      while (p < bytes.length && space(bytes[p])) {
        p++;
      }
      if (!is(p, "=")) {
        throw new MalformedXml(p, XmlWhy.BAD_DECLARATION);
      }
      p++;
      while (p < bytes.length && space(bytes[p])) {
        p++;
      }
      if (p >= bytes.length || (bytes[p] != '"' && bytes[p] != '\'')) {
        throw new MalformedXml(p, XmlWhy.BAD_DECLARATION);
      }
      byte quote = bytes[p++];
      int valueStart = p;
      while (p < bytes.length && bytes[p] != quote && bytes[p] >= 0x20 && bytes[p] != '<') {
        p++;
      }
      if (p >= bytes.length || bytes[p] != quote) {
        throw new MalformedXml(p, XmlWhy.BAD_DECLARATION);
      }
      String value = new String(bytes, valueStart, p - valueStart, StandardCharsets.ISO_8859_1);
      p++;
      boolean valid =
          switch (name) {
            case 0 -> value.equals("1.0") || value.equals("1.1");
            case 1 -> ENCODING_NAME.matcher(value).matches();
            default -> value.equals("yes") || value.equals("no");
          };
      if (!valid) {
        throw new MalformedXml(valueStart, XmlWhy.BAD_DECLARATION);
      }
      if (name == 1) {
        encoding = value;
      }
      field = name + 1;
    }
  }

  private boolean is(int p, String s) {
    return XmlChars.startsWith(bytes, p, bytes.length, s);
  }

  private static boolean space(byte c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
  }

  /** Whether the bytes {@code [from, to)} are all ASCII. */
  boolean ascii(int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** The refusal of this part at byte {@code at}: its line and column (in characters), and why. */
  FicheReadException broken(String part, int at, XmlWhy why) {
    int line = 1;
    int column = 1;
    for (int i = start; i < at && i < bytes.length; i++) {
      byte c = bytes[i];
      if (c == '\n' || (c == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        line++;
        column = 1;
      } else if ((c & 0xC0) != 0x80 && c != '\r') {
        column++;
      }
    }
    return DocxFailure.badPart(
        part,
        "geen welgevormde XML (regel " + line + ", kolom " + column + ": " + why.nl + ")",
        "not well-formed XML (line " + line + ", column " + column + ": " + why.en + ")",
        null);
  }
}
