package nl.bncfiche.rendering.html;

import java.text.Normalizer;

/** Escaping of user text for HTML, at the point where it is written. */
final class HtmlText {
  private HtmlText() {}

  /**
   * User text as HTML character data, also safe inside a quoted attribute value: NFC, the five
   * characters {@code & < > " '} as references, control characters and bidirectional embeddings,
   * overrides and isolates (U+202A to U+202E, U+2066 to U+2069) replaced by U+FFFD, and a line
   * break as {@code <br>} when {@code breaks}, else as a space.
   */
  static String escape(String raw, boolean breaks) {
    String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          sb.append("&amp;");
          break;
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '"':
          sb.append("&quot;");
          break;
        case '\'':
          sb.append("&#39;");
          break;
        case '\r':
          if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
            i++;
          }
          sb.append(breaks ? "<br>\n" : " ");
          break;
        case '\n':
          sb.append(breaks ? "<br>\n" : " ");
          break;
        default:
          // A bidi override would reorder what follows it on screen (the "Trojan Source" trick); a
          // character reference would be decoded back into it, so it is replaced, as controls are.
          if ((c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) || isBidiControl(c)) {
            sb.append('\uFFFD');
          } else {
            sb.append(c);
          }
      }
    }
    return sb.toString();
  }

  /** Whether {@code c} is a bidirectional embedding, override or isolate (not a plain mark). */
  static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  /** Removes white space at the end of every line. */
  static String stripTrailing(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int start = 0;
    while (start <= s.length()) {
      int nl = s.indexOf('\n', start);
      int end = nl < 0 ? s.length() : nl;
      int e = end;
      while (e > start && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == '\t')) {
        e--;
      }
      out.append(s, start, e);
      if (nl < 0) {
        break;
      }
      out.append('\n');
      start = nl + 1;
    }
    return out.toString();
  }
}
