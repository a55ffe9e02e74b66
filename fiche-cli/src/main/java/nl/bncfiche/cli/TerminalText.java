package nl.bncfiche.cli;

/** Makes text from an input safe for a terminal line. */
final class TerminalText {
  private TerminalText() {}

  /**
   * Replaces line breaks, other control characters and bidirectional overrides by visible escapes,
   * so that a hostile title cannot forge extra output lines or reorder what a terminal shows.
   */
  static String oneLine(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append(' ');
      } else if (Character.isISOControl(c) || isBidiControl(c)) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u061C';
  }
}
