package nl.bncfiche.rendering.text.internal.grammar;

import nl.bncfiche.rendering.internal.Labels;

/**
 * Which lines of free text the writer escapes with {@link Syntax#ESCAPE}: those that the reader
 * would take for structure somewhere (a label, "a) …", "1. …", "Fiche…", "[…", "\…", "## …", a
 * bullet, a signature, a short line ending with a colon). Deliberately broad: an escape too many
 * costs one character. And the escapes inside a paragraph's text ({@link #inline}).
 */
public final class Escaping {
  private Escaping() {}

  /** Whether {@code line} must be escaped. */
  public static boolean isNeeded(String line) {
    return isNeeded(line.toCharArray(), 0, line.length());
  }

  /**
   * {@link #isNeeded(String)} of the line {@code b[off, off + n)}, without making it a string
   * unless it may be a label as a whole.
   */
  public static boolean isNeeded(char[] b, int off, int n) {
    if (n == 0) {
      return false;
    }
    char c = b[off];
    if (c == Syntax.ESCAPE
        || c == '['
        || LinePrefix.isBullet(c)
        || c == '#' && n > 1 && b[off + 1] == '#') {
      return true;
    }
    boolean reserved =
        switch (c) {
          case 'f', 'F' -> startsWithLower(b, off, n, "fiche");
          case 'h', 'H' -> startsWithLower(b, off, n, "herzien fiche");
          case 'd', 'D' ->
              startsWithLower(b, off, n, "de minister")
                  || startsWithLower(b, off, n, "de staatssecretaris");
          default -> false;
        };
    if (reserved || hasLetterOrNumber(b, off, n)) {
      return true;
    }
    if (b[off + n - 1] == ':' && n <= 100) {
      return true;
    }
    if (PageChrome.mayBe(b, off, n)
        && (PageChrome.isPageNumber(new String(b, off, n))
            || PageChrome.is(new String(b, off, n)))) {
      // The reader would take it for a page's running head or number.
      return true;
    }
    if (!LabelTrie.mayHoldLabel(b, off, n)) {
      return false;
    }
    if (n <= LabelMatcher.MAX_LABEL_SCAN && LabelTrie.mayBeLabel(b, off, n)) {
      String line = new String(b, off, n);
      if (LabelVariants.mayNormaliseToLabel(line, LabelVariants.ALL)
          && LabelVariants.NORMS.contains(Labels.normaliseer(line))) {
        return true;
      }
    }
    return LabelTrie.startsWithLabel(b, off, n, LabelMatcher.MAX_LABEL_SCAN);
  }

  /**
   * The text of a paragraph or footnote, {@code b[from, to)}, with its inline syntax escaped, or
   * null when it needs no escape: a "[" that would start a footnote reference or body ({@link
   * Syntax#startsInlineSyntax}) becomes "\\[", but for the writer's own references, which start at
   * {@code own[0, ownCount)} in rising order; a backslash before a backslash or "[" becomes two.
   * The reader takes each for the character it is.
   */
  public static char[] inline(char[] b, int from, int to, int[] own, int ownCount) {
    int extra = 0;
    int k = 0;
    for (int i = from; i < to; i++) {
      char c = b[i];
      if (c != Syntax.ESCAPE && c != '[') {
        continue;
      }
      if (escapesAt(b, i, to, own, ownCount, k)) {
        extra++;
      }
      if (k < ownCount && own[k] == i) {
        k++;
      }
    }
    if (extra == 0) {
      return null;
    }
    char[] out = new char[to - from + extra];
    int at = 0;
    k = 0;
    for (int i = from; i < to; i++) {
      if (escapesAt(b, i, to, own, ownCount, k)) {
        out[at++] = Syntax.ESCAPE;
      }
      if (k < ownCount && own[k] == i) {
        k++;
      }
      out[at++] = b[i];
    }
    return out;
  }

  /** Whether {@link #inline} puts an escape before {@code b[i]}; {@code own[k]} is the next own. */
  private static boolean escapesAt(char[] b, int i, int to, int[] own, int ownCount, int k) {
    char c = b[i];
    if (c == Syntax.ESCAPE) {
      return i + 1 < to && (b[i + 1] == Syntax.ESCAPE || b[i + 1] == '[');
    }
    return c == '[' && !(k < ownCount && own[k] == i) && Syntax.startsInlineSyntax(b, i, to);
  }

  /**
   * Whether {@link LinePrefix#of} of the line (which starts with no bullet) would find a letter
   * "a)" or a number "1.": the same test without the copy of the rest of the line that it makes.
   */
  private static boolean hasLetterOrNumber(char[] b, int off, int n) {
    int from = n > 0 && b[off] == '(' ? 1 : 0;
    int j = from;
    while (j < n && j - from < 2 && b[off + j] >= 'a' && b[off + j] <= 'z') {
      j++;
    }
    if (j > from
        && j < n
        && (b[off + j] == ')' || from == 0 && j == 1 && b[off + j] == '.')
        && (j + 1 == n || isSpace(b[off + j + 1]))) {
      return true;
    }
    j = 0;
    while (j < n && j < 3 && Character.isDigit(b[off + j]) && b[off + j] < 128) {
      j++;
    }
    return j > 0 && j < n && b[off + j] == '.' && (j + 1 == n || isSpace(b[off + j + 1]));
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00a0';
  }

  /**
   * Whether the line in lower case ({@code toLowerCase(Locale.ROOT)}) starts with the ASCII {@code
   * prefix}, without lower-casing a copy. No character from U+0080 on lower-cases to a single ASCII
   * letter other than the Kelvin sign (to "k", which no prefix here holds), so any such character
   * is a mismatch.
   */
  private static boolean startsWithLower(char[] b, int off, int n, String prefix) {
    if (n < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      char c = b[off + i];
      if (c >= 0x80 || Character.toLowerCase(c) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
