package nl.bncfiche.rendering.text.internal.grammar;

/**
 * The tokens of the canonical text besides labels and headings: paragraph markings, the escapes,
 * footnote references and footnote bodies, Word's bookmarks. The writer writes them; the reader
 * recognises them.
 *
 * <p>Three escapes, all with {@link #ESCAPE}, keep text that looks like these tokens text:
 *
 * <ul>
 *   <li>in any line, a backslash before {@link #BOOKMARK} keeps it (the reader removes Word's
 *       bookmarks from every line) and is itself removed, before anything else is read;
 *   <li>at the start of a line, a backslash makes the line plain text, never structure (see {@link
 *       Escaping});
 *   <li>inside a paragraph or a footnote's text, {@code \[} is a "[" that starts nothing and {@code
 *       \\} a backslash ({@link #startsInlineSyntax}: the writer escapes a "[" that would start a
 *       reference or a footnote body, and a backslash before a backslash or "[").
 * </ul>
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

  /** How a Word bookmark "[bookmark: _Toc1]" starts. */
  public static final String BOOKMARK = "[bookmark:";

  private Syntax() {}

  /**
   * Whether the "[" at {@code at} of {@code b[0, end)} may start a footnote reference or body
   * inside a paragraph: "[footnoteRef:", or "[" with digits and ":" after it. Broader than the
   * reader's tests (a reference needs its number and "]", a body white space after the colon and
   * before the "["), so that what the writer escapes with it can never be either.
   */
  public static boolean startsInlineSyntax(char[] b, int at, int end) {
    int j = at + 1;
    while (j < end && b[j] >= '0' && b[j] <= '9') {
      j++;
    }
    if (j > at + 1) {
      return j < end && b[j] == ':';
    }
    int n = FOOTNOTE_REF.length();
    if (end - at < n) {
      return false;
    }
    for (int k = 1; k < n; k++) {
      if (b[at + k] != FOOTNOTE_REF.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code s} holds a "[" with digits and ":" after it: what may start a footnote body
   * inside a line that is not escaped as a whole.
   */
  public static boolean holdsFootnoteBodyStart(String s) {
    for (int at = s.indexOf('['); at >= 0; at = s.indexOf('[', at + 1)) {
      int j = at + 1;
      while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
        j++;
      }
      if (j > at + 1 && j < s.length() && s.charAt(j) == ':') {
        return true;
      }
    }
    return false;
  }

  /** Whether the character at {@code at} of {@code s} follows an odd run of {@link #ESCAPE}s. */
  public static boolean isEscaped(String s, int at) {
    int k = at;
    while (k > 0 && s.charAt(k - 1) == ESCAPE) {
      k--;
    }
    return (at - k) % 2 == 1;
  }

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
