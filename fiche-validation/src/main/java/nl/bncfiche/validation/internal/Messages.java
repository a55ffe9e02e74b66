package nl.bncfiche.validation.internal;

import java.util.List;

/**
 * Fills a constant message template with arguments by plain concatenation: {@code {0}} … {@code
 * {9}} are replaced in one pass over the template, so an argument's own braces, {@code ${…}} or
 * {@code #{…}} are copied verbatim and never read again.
 *
 * <p>A long argument is quoted by its first words only ({@link #excerpt}): a draft fiche is
 * confidential, and a message is shown, logged and sent far more widely than the document. The
 * issue keeps the whole argument for programs.
 */
public final class Messages {
  private Messages() {}

  /**
   * The template with each {@code {i}} replaced by argument i; unknown placeholders stay as
   * written.
   */
  public static String format(String template, List<String> arguments) {
    StringBuilder sb = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{'
          && i + 2 < template.length()
          && template.charAt(i + 2) == '}'
          && Character.isDigit(template.charAt(i + 1))) {
        int n = template.charAt(i + 1) - '0';
        if (n < arguments.size()) {
          sb.append(excerpt(arguments.get(n)));
          i += 3;
          continue;
        }
      }
      sb.append(c);
      i++;
    }
    return sb.toString();
  }

  /** Arguments up to this many characters are quoted whole. */
  static final int MAX_QUOTE = 60;

  /**
   * {@code value} when it has at most {@value #MAX_QUOTE} characters; else its first words, cut at
   * a space (or, for one long word, at a character boundary) within the limit, and "…".
   */
  public static String excerpt(String value) {
    if (value.length() <= MAX_QUOTE) {
      return value;
    }
    int end = MAX_QUOTE - 1;
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    int space = value.lastIndexOf(' ', end);
    if (space > MAX_QUOTE / 3) {
      end = space;
    }
    while (end > 0 && isTrailing(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(0, end) + "…";
  }

  private static boolean isTrailing(char c) {
    return c == ' ' || c == ',' || c == ';' || c == ':' || c == '(' || c == '-';
  }
}
