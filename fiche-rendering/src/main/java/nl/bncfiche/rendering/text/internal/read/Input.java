package nl.bncfiche.rendering.text.internal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.bncfiche.model.io.MalformedUtf8Exception;
import nl.bncfiche.rendering.internal.Nfc;
import nl.bncfiche.rendering.text.FicheReadException;
import nl.bncfiche.rendering.text.internal.grammar.InertCharacters;
import nl.bncfiche.rendering.text.internal.grammar.Syntax;

/**
 * Turns input into cleaned lines (byte-order mark, CRLF, control characters, soft hyphens); names a
 * byte that is not UTF-8.
 */
public final class Input {
  private static final char SOFT_HYPHEN = '\u00ad';

  private Input() {}

  /** The exception for input that is not UTF-8, naming the byte and its offset. */
  public static FicheReadException notUtf8(MalformedUtf8Exception e) {
    String b = String.format(Locale.ROOT, "0x%02X", e.getValue());
    return new FicheReadException(
        0,
        0,
        "Geen UTF-8-tekst: byte " + b + " op positie " + e.getOffset() + ".",
        "Not UTF-8 text: byte " + b + " at offset " + e.getOffset() + ".",
        e);
  }

  /**
   * The cleaned lines of {@code text}.
   *
   * @throws FicheReadException when the text is empty or holds control characters or lone
   *     surrogates (not text)
   */
  static List<Line> lines(String text) {
    int start = text.startsWith("\ufeff") ? 1 : 0;
    List<Line> result = new ArrayList<>();
    int n = text.length();
    int line = 1;
    int lineStart = start;
    // What the line holds, so that clean() skips the work an ordinary line does not need.
    boolean special = false;
    boolean combining = false;
    boolean bracket = false;
    for (int i = nextToLookAt(text, start, n); i < n; i = nextToLookAt(text, i + 1, n)) {
      char c = text.charAt(i);
      if (c >= 0x300) {
        if (Character.isSurrogate(c)) {
          if (!Character.isHighSurrogate(c)
              || i + 1 == n
              || !Character.isLowSurrogate(text.charAt(i + 1))) {
            throw loneSurrogate(c, line, i - lineStart + 1);
          }
          // The pair is one character: its second half is not looked at again.
          i++;
        }
        // Common punctuation (dashes, quotes, bullet, …) needs no NFC check; see InertCharacters.
        combining |= !InertCharacters.isInert(c);
      } else if (c == '\n' || c == '\r') {
        result.add(
            special
                ? clean(text.substring(lineStart, i), line, combining)
                : trimmed(text, lineStart, i, line, combining, bracket));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        line++;
        lineStart = i + 1;
        special = false;
        combining = false;
        bracket = false;
      } else if (c < 0x20 && c != '\t' && c != '\u000b' && c != '\f' || c == 0x7f) {
        int col = i - lineStart + 1;
        String code = String.format(Locale.ROOT, "U+%04X", (int) c);
        throw new FicheReadException(
            line,
            col,
            "Geen tekst: stuurteken " + code + " op regel " + line + ", kolom " + col + ".",
            "Not text: control character " + code + " at line " + line + ", column " + col + ".");
      } else if (c == '[' || c == Syntax.ESCAPE) {
        bracket = true;
        special |= text.startsWith(Syntax.BOOKMARK, i);
      } else if (c == '\u000b' || c == '\f' || c == SOFT_HYPHEN) {
        special = true;
      }
    }
    // The last line, ended by the end of the text.
    result.add(
        special
            ? clean(text.substring(lineStart, n), line, combining)
            : trimmed(text, lineStart, n, line, combining, bracket));
    if (!hasText(text, start)) {
      throw new FicheReadException(1, 1, "De tekst is leeg.", "The text is empty.");
    }
    return result;
  }

  /**
   * The exception for half of a surrogate pair without its other half: no character, and no writer
   * could write it (UTF-8 has no form for it).
   */
  private static FicheReadException loneSurrogate(char c, int line, int col) {
    String code = String.format(Locale.ROOT, "U+%04X", (int) c);
    return new FicheReadException(
        line,
        col,
        "Geen tekst: los surrogaatteken " + code + " op regel " + line + ", kolom " + col + ".",
        "Not text: lone surrogate " + code + " at line " + line + ", column " + col + ".");
  }

  /**
   * The index of the first character from {@code i} that is not printable ASCII or is "[" or "\\":
   * the only ones {@link #lines} looks at. A loop of its own, so that the JIT compiles the scan
   * over most of a text as a tight loop.
   */
  private static int nextToLookAt(String text, int i, int end) {
    for (; i < end; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c >= 0x7f || c == '[' || c == Syntax.ESCAPE) {
        return i;
      }
    }
    return end;
  }

  /**
   * Whether {@code text} holds a character other than white space, no-break space and byte-order
   * mark.
   */
  private static boolean hasText(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\ufeff' && c != '\u00a0' && !Character.isWhitespace(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The line {@code [from, to)} of {@code text} without a vertical tab, form feed or bookmark:
   * stripped and normalised like {@link #clean}, with one substring and no copy when nothing
   * changes; {@code bracket} tells whether the line holds a "[" or an escape.
   */
  private static Line trimmed(
      String text, int from, int to, int line, boolean combining, boolean bracket) {
    int lead = from;
    while (lead < to && isBlank(text.charAt(lead))) {
      lead++;
    }
    int end = to;
    while (end > lead && isBlank(text.charAt(end - 1))) {
      end--;
    }
    String t = text.substring(lead, end);
    String normal = nfc(t, combining);
    // A text that normalising changed is looked at again for "[", to be sure.
    return new Line(normal, line, lead - from + 1, false, bracket || normal != t);
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || c == '\u00a0';
  }

  /**
   * {@code t} in NFC ({@link Nfc}: a pathologically long run of combining marks is left as
   * written); {@code t} itself when it is so already. A text of characters below U+0300 is NFC
   * already (no combining marks, nothing that composes or decomposes), so only a line with a later
   * character is checked.
   */
  private static String nfc(String t, boolean combining) {
    return combining ? Nfc.normalize(t) : t;
  }

  /**
   * {@code s} without Word's bookmarks "[bookmark: …]"; one escaped with a backslash before it is
   * text, kept without its backslash.
   */
  private static String withoutBookmarks(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    int at = 0;
    while (at < s.length()) {
      int b = s.indexOf(Syntax.BOOKMARK, at);
      if (b > 0 && s.charAt(b - 1) == Syntax.ESCAPE) {
        sb.append(s, at, b - 1).append(Syntax.BOOKMARK);
        at = b + Syntax.BOOKMARK.length();
        continue;
      }
      int end = b < 0 ? -1 : s.indexOf(']', b);
      if (end < 0) {
        sb.append(s, at, s.length());
        break;
      }
      sb.append(s, at, b);
      at = end + 1;
    }
    return sb.toString();
  }

  private static Line clean(String raw, int line, boolean combining) {
    String s = raw.replace('\u000b', ' ').replace('\f', ' ');
    if (s.contains(Syntax.BOOKMARK)) {
      s = withoutBookmarks(s);
    }
    int lead = 0;
    while (lead < s.length() && isBlank(s.charAt(lead))) {
      lead++;
    }
    int end = s.length();
    while (end > lead && isBlank(s.charAt(end - 1))) {
      end--;
    }
    return new Line(nfc(withoutSoftHyphens(s.substring(lead, end)), combining), line, lead + 1);
  }

  /**
   * {@code s} without Word's optional hyphens (U+00AD): invisible hints where a word may be broken,
   * which would keep a label, a date or a number from being recognised ("Da\u00adtum ontvangst").
   * One at the end of the line stays: there the word was broken, and joining the lines removes it.
   */
  private static String withoutSoftHyphens(String s) {
    int last = s.length() - 1;
    if (s.indexOf(SOFT_HYPHEN) < 0 || s.indexOf(SOFT_HYPHEN) == last) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != SOFT_HYPHEN || i == last) {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
