package nl.bncfiche.validation.internal;

import java.util.List;

/**
 * Fills a constant message template with arguments by plain concatenation: {@code {0}} … {@code
 * {9}} are replaced in one pass over the template, so an argument's own braces, {@code ${…}} or
 * {@code #{…}} are copied verbatim and never read again.
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
          sb.append(arguments.get(n));
          i += 3;
          continue;
        }
      }
      sb.append(c);
      i++;
    }
    return sb.toString();
  }
}
