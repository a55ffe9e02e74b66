package nl.bncfiche.rendering.markdown;

import nl.bncfiche.model.UnsafeCharacters;
import nl.bncfiche.rendering.internal.Nfc;
import nl.bncfiche.rendering.internal.Regels;

/**
 * Inline Markdown built from user text and our own markup: user text is escaped so that CommonMark
 * reads it back as the same literal characters, whatever it holds.
 *
 * <p>Characters that are significant anywhere in a line are always escaped with a backslash; those
 * that matter only at the start of a line (list markers, setext underlines, ordered-list numbers)
 * are escaped there. Leading white space of a line is dropped, because four spaces would start a
 * code block. A line break in user text becomes a hard line break, or a space in single-line mode
 * (headings). Not thread-safe: one instance per piece of inline content.
 */
final class MarkdownText {
  /** Escaped wherever they occur: emphasis, code, links, raw HTML, entities, tables, headings. */
  private static final String ALTIJD = "\\`*_[]<>#|~&";

  /** Escaped at the start of a line: bullet markers and setext underlines. */
  private static final String REGELBEGIN = "-+=";

  /** Where the content goes: from {@link #start} on, what this instance wrote. */
  private final StringBuilder sb;

  private final int start;
  private final boolean singleLine;
  private boolean lineStart;
  private boolean pendingBreak;

  private MarkdownText(StringBuilder sb, boolean singleLine) {
    this.sb = sb;
    this.start = sb.length();
    this.singleLine = singleLine;
    this.lineStart = !singleLine;
  }

  /** Inline content of a paragraph or list item, which may span several lines. */
  static MarkdownText block() {
    return new MarkdownText(new StringBuilder(), false);
  }

  /**
   * A paragraph written straight into {@code out} after what it holds, which ends at the start of a
   * line: a long paragraph gets no buffer of its own. {@link #end} completes it.
   */
  static MarkdownText blockIn(StringBuilder out) {
    return new MarkdownText(out, false);
  }

  /** Inline content of a heading: one line, written after our own heading marker. */
  static MarkdownText heading() {
    return new MarkdownText(new StringBuilder(), true);
  }

  /** Appends user text, escaped. */
  MarkdownText text(String raw) {
    String s = clean(raw);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        if (!singleLine) {
          pendingBreak = sb.length() > start;
          lineStart = true;
          continue;
        }
        c = ' ';
      }
      if (lineStart && (c == ' ' || c == '\t')) {
        continue;
      }
      flushBreak();
      if (lineStart) {
        lineStart = false;
        if (REGELBEGIN.indexOf(c) >= 0) {
          sb.append('\\').append(c);
          continue;
        }
        int j = i;
        while (j < s.length() && isDigit(s.charAt(j))) {
          j++;
        }
        if (j > i && j < s.length() && (s.charAt(j) == '.' || s.charAt(j) == ')')) {
          sb.append(s, i, j).append('\\').append(s.charAt(j));
          i = j;
          continue;
        }
      }
      if (ALTIJD.indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return this;
  }

  /** Appends our own markup, which is never escaped. */
  MarkdownText raw(String markup) {
    flushBreak();
    lineStart = false;
    sb.append(markup);
    return this;
  }

  /** Starts a new line with a hard line break (dropped when nothing follows). */
  MarkdownText lineBreak() {
    pendingBreak = sb.length() > start;
    lineStart = true;
    return this;
  }

  /** Whether nothing but white space was written. */
  boolean isBlank() {
    for (int i = start; i < sb.length(); i++) {
      // a surrogate is never white space, as no supplementary character is
      if (!Character.isWhitespace(sb.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Completes a paragraph of {@link #blockIn}: trailing white space off its lines, or the whole
   * paragraph removed when it is blank. Whether it was kept.
   */
  boolean end() {
    if (isBlank()) {
      sb.setLength(start);
      return false;
    }
    Regels.stripTrailing(sb, start);
    return true;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(sb.length() - start).append(sb, start, sb.length());
    Regels.stripTrailing(out, 0);
    return out.toString();
  }

  private void flushBreak() {
    if (pendingBreak) {
      int end = sb.length();
      while (end > start && (sb.charAt(end - 1) == ' ' || sb.charAt(end - 1) == '\t')) {
        end--;
      }
      sb.setLength(end);
      // A backslash before the line end is CommonMark's hard break; two trailing spaces would be
      // invisible and are removed by our no-trailing-white-space rule anyway.
      sb.append("\\\n");
      pendingBreak = false;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * User text as we write it: NFC, {@code \n} line ends, control characters other than tab and line
   * feed replaced by U+FFFD (they have no meaning in a fiche and no valid place in HTML), and so
   * are bidirectional embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069),
   * which would reorder the text shown after them, and lone surrogates (half a pair, no character).
   */
  static String clean(String raw) {
    String s = Nfc.normalize(raw);
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        sb.append('\n');
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (UnsafeCharacters.isUnsafe(c)
          || (Character.isSurrogate(c) && isLoneSurrogate(s, i))) {
        sb.append(UnsafeCharacters.REPLACEMENT);
      } else {
        sb.append(c);
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
