package nl.bncfiche.cli.internal;

/**
 * The one escaping function of everything the command line prints: a character that could drive a
 * terminal or forge a line (C0 and C1 controls, ESC and BEL among them, DEL, bidirectional
 * controls, line and paragraph separators, lone surrogates) is written as a visible escape ({@code
 * \n}, {@code \r}, {@code \u001B}). The escapes are those of JSON, so JSON output stays JSON with
 * the same values.
 */
public final class TerminalText {
  private TerminalText() {}

  /**
   * {@code s} as one line: line breaks escaped too, a tab as a space, so that no input can forge an
   * output line.
   */
  public static String oneLine(String s) {
    return escape(s, false);
  }

  /**
   * {@code s} as text of several lines: {@code \n} and tab are kept, every other unsafe character
   * is escaped. For documents and JSON, whose own writers already leave no control in them.
   */
  public static String lines(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean keepLines) {
    int n = s.length();
    int i = 0;
    while (i < n && !unsafe(s, i)) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n + 16).append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (!unsafe(s, i)) {
        sb.append(c);
      } else if (c == '\n') {
        sb.append(keepLines ? "\n" : "\\n");
      } else if (c == '\t') {
        sb.append(keepLines ? '\t' : ' ');
      } else if (c == '\r') {
        sb.append("\\r");
      } else {
        sb.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15]);
        sb.append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
      }
    }
    return sb.toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /**
   * Whether the character at {@code i} must be escaped; both halves of a surrogate pair are safe.
   */
  private static boolean unsafe(String s, int i) {
    char c = s.charAt(i);
    if (c >= ' ' && c < 0x7F) {
      return false;
    }
    if (c < ' ' || c <= 0x9F) {
      return true; // C0, DEL, C1 (CSI, OSC, NEL ...)
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return isBidiOrSeparator(c);
  }

  private static boolean isBidiOrSeparator(char c) {
    return (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u061C'
        || c == '\u2028'
        || c == '\u2029';
  }
}
