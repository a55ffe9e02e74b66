package nl.bncfiche.rendering.html;

import nl.bncfiche.model.UnsafeCharacters;
import nl.bncfiche.rendering.internal.Nfc;

/** Escaping of user text for HTML, at the point where it is written. */
final class HtmlText {
  private HtmlText() {}

  /**
   * User text as HTML character data, also safe inside a quoted attribute value: NFC, the five
   * characters {@code & < > " '} as references, control characters and bidirectional embeddings,
   * overrides and isolates (U+202A to U+202E, U+2066 to U+2069) and lone surrogates (half a pair,
   * no character) replaced by U+FFFD, and a line break as {@code <br>} when {@code breaks}, else as
   * a space.
   */
  static String escape(String raw, boolean breaks) {
    String s = Nfc.normalize(raw);
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        case '\r' -> {
          if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
            i++;
          }
          sb.append(breaks ? "<br>\n" : " ");
        }
        case '\n' -> sb.append(breaks ? "<br>\n" : " ");
        default -> {
          // A bidi override would reorder what follows it on screen (the "Trojan Source" trick); a
          // character reference would be decoded back into it, so it is replaced, as controls are.
          if (UnsafeCharacters.isUnsafe(c) || (Character.isSurrogate(c) && isLoneSurrogate(s, i))) {
            sb.append(UnsafeCharacters.REPLACEMENT);
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /** Whether {@code s.charAt(i)} is half of a surrogate pair without its other half. */
  private static boolean isLoneSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
  }
}
