package nl.bncfiche.model.id;

import java.util.Locale;

/**
 * A hand-written cursor over one text, shared by the identifier parsers of this package.
 *
 * <p>Not thread-safe; one instance per parse. Positions are zero-based indices into the text as
 * given, so an error points at the caller's own characters. Every loop advances the cursor, and no
 * method looks back more than a constant number of characters, so reading is linear in the length.
 */
final class IdScanner {
  /** Upper bound for a single identifier. */
  static final int SINGLE_LIMIT = 200;

  /** Upper bound for a list of identifiers. */
  static final int LIST_LIMIT = 2000;

  /*
   * Thrown instead of a new exception while searching free text: a search tries many starting
   * points, and filling in a stack trace for each failed one would dominate its running time. It
   * never leaves this package's search methods.
   */
  private static final IdentifierParseException NO_MATCH =
      new IdentifierParseException("search", 0, "no match");

  final CharSequence text;
  final String identifier;
  final int end;
  private final boolean searching;
  int pos;

  private IdScanner(CharSequence text, String identifier, int pos, boolean searching) {
    this.text = text;
    this.identifier = identifier;
    this.end = text.length();
    this.pos = pos;
    this.searching = searching;
  }

  /**
   * A scanner over {@code text}, rejecting it before any other work when it is longer than {@code
   * limit}.
   */
  static IdScanner bounded(CharSequence text, String identifier, int limit) {
    if (text == null) {
      throw new NullPointerException("text");
    }
    if (text.length() > limit) {
      throw new IdentifierParseException(identifier, limit, "at most " + limit + " characters");
    }
    return new IdScanner(text, identifier, 0, false);
  }

  /**
   * A scanner for searching free text, starting at {@code pos}; no length bound. Its failures carry
   * no position: callers catch them and try the next starting point.
   */
  static IdScanner searching(CharSequence text, String identifier, int pos) {
    return new IdScanner(text, identifier, pos, true);
  }

  boolean atEnd() {
    return pos >= end;
  }

  /** The character at the cursor, or {@code '\0'} at the end. */
  char peek() {
    return pos < end ? text.charAt(pos) : '\0';
  }

  /** The character {@code offset} after the cursor, or {@code '\0'} beyond the end. */
  char peek(int offset) {
    int i = pos + offset;
    return i >= 0 && i < end ? text.charAt(i) : '\0';
  }

  /** Skips white space (including no-break spaces); returns whether there was any. */
  boolean skipSpaces() {
    int start = pos;
    while (pos < end && isSpace(text.charAt(pos))) {
      pos++;
    }
    return pos > start;
  }

  /** Consumes {@code c} when it is at the cursor. */
  boolean accept(char c) {
    if (pos < end && text.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  /** Consumes a hyphen or dash of any kind when one is at the cursor. */
  boolean acceptDash() {
    if (pos < end && isDash(text.charAt(pos))) {
      pos++;
      return true;
    }
    return false;
  }

  /** Consumes {@code word} (ASCII, case-insensitive) when it is at the cursor. */
  boolean acceptIgnoreCase(String word) {
    if (startsWithIgnoreCase(pos, word)) {
      pos += word.length();
      return true;
    }
    return false;
  }

  /** Whether {@code word} (ASCII, case-insensitive) occurs at {@code index}. */
  boolean startsWithIgnoreCase(int index, String word) {
    if (index < 0 || index + word.length() > end) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (toUpper(text.charAt(index + i)) != toUpper(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Requires {@code c} at the cursor. */
  void expect(char c, String expected) {
    if (!accept(c)) {
      throw fail(expected);
    }
  }

  /** The number of ASCII digits starting at the cursor, counting at most {@code max + 1}. */
  int countDigits(int max) {
    int n = 0;
    while (n <= max && pos + n < end && isDigit(text.charAt(pos + n))) {
      n++;
    }
    return n;
  }

  /** The number of ASCII letters starting at the cursor, counting at most {@code max + 1}. */
  int countLetters(int max) {
    int n = 0;
    while (n <= max && pos + n < end && isLetter(text.charAt(pos + n))) {
      n++;
    }
    return n;
  }

  /** Reads exactly four digits as a year from 1000 to 9999. */
  int year(String expected) {
    int start = pos;
    int n = countDigits(4);
    if (n < 4 || text.charAt(start) == '0') {
      throw failAt(n < 4 ? start + n : start, expected);
    }
    if (n > 4) {
      throw failAt(start + 4, "a four-digit year");
    }
    pos += 4;
    return value(start, pos);
  }

  /** Reads one to {@code maxDigits} digits (at most 9) as a number; leading zeros are allowed. */
  int number(int maxDigits, String expected) {
    int start = pos;
    int n = countDigits(maxDigits);
    if (n == 0) {
      throw fail(expected);
    }
    if (n > maxDigits) {
      throw failAt(start + maxDigits, "at most " + maxDigits + " digits");
    }
    pos += n;
    return value(start, pos);
  }

  /** The characters from {@code from} to {@code to}, as a string. */
  String slice(int from, int to) {
    return text.subSequence(from, to).toString();
  }

  private int value(int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (text.charAt(i) - '0');
    }
    return v;
  }

  /** Skips white space, one optional period and white space, then requires the end. */
  void expectEndWithOptionalPeriod(String expected) {
    skipSpaces();
    if (accept('.')) {
      skipSpaces();
    }
    if (!atEnd()) {
      throw fail(expected);
    }
  }

  IdentifierParseException fail(String expected) {
    return failAt(pos, expected);
  }

  IdentifierParseException failAt(int position, String expected) {
    if (searching) {
      return NO_MATCH;
    }
    return new IdentifierParseException(identifier, Math.min(position, end), expected);
  }

  /**
   * Strict reading: {@code text} must equal the canonical form of the value it parsed to; otherwise
   * the error points at the first character that differs.
   */
  static <T> T requireCanonical(CharSequence text, T value, String identifier) {
    String canonical = value.toString();
    int n = Math.min(canonical.length(), text.length());
    int i = 0;
    while (i < n && canonical.charAt(i) == text.charAt(i)) {
      i++;
    }
    if (i == canonical.length() && i == text.length()) {
      return value;
    }
    throw new IdentifierParseException(identifier, i, "the canonical form " + canonical);
  }

  static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\r'
        || c == '\f'
        || c == '\u000B'
        || c == '\u00A0'
        || c == '\u2007'
        || c == '\u202F'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u3000';
  }

  static boolean isDash(char c) {
    return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\u00AD';
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  static boolean isLetterOrDigit(char c) {
    return isLetter(c) || isDigit(c);
  }

  static char toUpper(char c) {
    return c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
  }

  static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
