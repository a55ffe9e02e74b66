package nl.bncfiche.model;

/**
 * The characters that have no place in a fiche's text: control characters other than tab and line
 * breaks (including NUL, DEL and the C1 range), and bidirectional embeddings, overrides and
 * isolates (U+202A to U+202E, U+2066 to U+2069), which reorder what a screen shows after them (the
 * "Trojan Source" trick). Plain direction marks (U+200E, U+200F) are harmless and allowed.
 *
 * <p>This is the one definition behind rule BNC-F-008 of the validator and behind every writer of
 * this library, which puts {@link #REPLACEMENT} in place of such a character; code that builds
 * fiches can use it to clean text before validating. Stateless and thread-safe; a null argument
 * throws {@code NullPointerException}.
 */
public final class UnsafeCharacters {
  /** What writers put in place of an unsafe character: U+FFFD. */
  public static final char REPLACEMENT = '\uFFFD';

  private UnsafeCharacters() {}

  /** Whether {@code c} is unsafe; tab, line feed and carriage return are not. */
  public static boolean isUnsafe(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || (c >= 0x7f && c <= 0x9f)
        || isBidiControl(c);
  }

  private static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  /** The index of the first unsafe character of {@code s}, or -1. */
  public static int firstUnsafe(CharSequence s) {
    if (s instanceof String string) {
      return firstUnsafe(string, new char[Math.min(s.length(), 256)]);
    }
    for (int i = 0; i < s.length(); i++) {
      if (isUnsafe(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The index of the first unsafe character of {@code s}, or -1, using {@code buffer} (not empty
   * unless {@code s} is) as scratch space: a caller that checks many texts, as the validator does,
   * passes one buffer for all of them. The characters are copied in chunks into the buffer, which
   * loops faster than {@code charAt}, and printable ASCII, most of any text, passes with one
   * unsigned comparison.
   *
   * @throws IllegalArgumentException when {@code buffer} is empty and {@code s} is not
   */
  public static int firstUnsafe(String s, char[] buffer) {
    int n = s.length();
    if (buffer.length == 0 && n > 0) {
      throw new IllegalArgumentException("empty buffer");
    }
    for (int from = 0; from < n; from += buffer.length) {
      int m = Math.min(buffer.length, n - from);
      s.getChars(from, from + m, buffer, 0);
      for (int i = 0; i < m; i++) {
        char c = buffer[i];
        if ((char) (c - 0x20) >= 0x5f && isUnsafe(c)) {
          return from + i;
        }
      }
    }
    return -1;
  }
}
