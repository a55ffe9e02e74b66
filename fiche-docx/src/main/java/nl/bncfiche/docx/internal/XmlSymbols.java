package nl.bncfiche.docx.internal;

import java.nio.charset.StandardCharsets;

/**
 * A thread's table of the names and namespace URIs its parts use, so that a name met again is the
 * same string and is not made anew for each element. Bounded: at most {@link #SLOTS} entries of at
 * most {@link #MAX_CACHED} ASCII characters each; a name beyond that is made for its occurrence and
 * not kept, so what a thread keeps does not grow with what it read. Word's own namespaces are the
 * constants of {@link Xml}, so that comparing with them is a comparison of references.
 */
final class XmlSymbols {
  private static final int SLOTS = 2048;
  private static final int PROBES = 8;
  private static final int MAX_CACHED = 128;

  private static final ThreadLocal<XmlSymbols> OF_THREAD = ThreadLocal.withInitial(XmlSymbols::new);

  private final String[] names = new String[SLOTS];
  private final int[] hashes = new int[SLOTS];

  private XmlSymbols() {
    for (String known : Xml.KNOWN_NAMESPACES) {
      byte[] b = known.getBytes(StandardCharsets.US_ASCII);
      of(b, 0, b.length, true, known);
    }
  }

  static XmlSymbols ofThread() {
    return OF_THREAD.get();
  }

  /** The string of the UTF-8 bytes {@code [from, to)}; {@code ascii} says whether all are ASCII. */
  String of(byte[] b, int from, int to, boolean ascii) {
    return of(b, from, to, ascii, null);
  }

  private String of(byte[] b, int from, int to, boolean ascii, String given) {
    int length = to - from;
    if (!ascii || length > MAX_CACHED) {
      return new String(b, from, length, StandardCharsets.UTF_8);
    }
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + b[i];
    }
    int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
    for (int probe = 0; probe < PROBES; probe++, slot = (slot + 1) & (SLOTS - 1)) {
      String s = names[slot];
      if (s == null) {
        s = given != null ? given : new String(b, from, length, StandardCharsets.ISO_8859_1);
        names[slot] = s;
        hashes[slot] = h;
        return s;
      }
      if (hashes[slot] == h && equal(s, b, from, length)) {
        return s;
      }
    }
    return new String(b, from, length, StandardCharsets.ISO_8859_1);
  }

  private static boolean equal(String s, byte[] b, int from, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (s.charAt(i) != b[from + i]) {
        return false;
      }
    }
    return true;
  }
}
