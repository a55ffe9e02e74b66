package nl.bncfiche.rendering.text.internal.grammar;

/**
 * The tokens of the canonical text besides labels and headings: paragraph markings, the escape,
 * footnote references and footnote bodies. The writer writes them; the reader recognises them.
 */
public final class Syntax {
  /** The canonical marking of a sub-heading paragraph. */
  public static final String TUSSENKOP = "## ";

  /** The canonical marking of a list-item paragraph. */
  public static final String OPSOMMING = "• ";

  /** The escape that makes a line plain text, never structure. */
  public static final char ESCAPE = '\\';

  /** How a footnote reference "[footnoteRef:N]" starts. */
  public static final String FOOTNOTE_REF = "[footnoteRef:";

  private Syntax() {}

  /**
   * Whether {@code text} has a footnote body "[12:" followed by white space or its end at {@code
   * at}.
   */
  public static boolean isFootnoteBodyStart(String text, int at) {
    if (at >= text.length() || text.charAt(at) != '[') {
      return false;
    }
    int j = at + 1;
    while (j < text.length() && j - at <= 6 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
      j++;
    }
    return j > at + 1
            && j + 1 < text.length()
            && text.charAt(j) == ':'
            && Character.isWhitespace(text.charAt(j + 1))
        || j > at + 1 && j + 1 == text.length() && text.charAt(j) == ':';
  }
}
