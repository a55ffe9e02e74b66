package nl.bncfiche.rendering.text.internal.grammar;

import java.util.regex.Pattern;

/**
 * Lines that a paged rendering (a PDF, a print preview, the publication sites' tables) adds around
 * the text and that belong to no part of it: the chamber's name with a page number, the
 * parliamentary year, the running head "Tweede Kamer, vergaderjaar 2025–2026, 22 112, nr. 4246 3".
 * The reader reads them as blank lines; the writer escapes a line of text that looks like one.
 */
public final class PageChrome {
  /** Longer lines are text: every form below is short. */
  private static final int MAX = 120;

  private static final Pattern CHAMBER =
      Pattern.compile(
          "(?:Tweede|Eerste) Kamer der Staten-Generaal(?:\\s*[|/]?\\s*\\d{1,3})?"
              + "(?:\\s*[|/]\\s*)?(?:\\s*Vergaderjaar(?:\\s+\\d{4}\\s*[-–]\\s*\\d{4})?)?\\s*\\|?");
  private static final Pattern YEAR =
      Pattern.compile(
          "\\|?\\s*[Vv]ergaderjaar\\s+\\d{4}\\s*[-–]\\s*\\d{4}\\s*\\|?(?:\\s*\\d{1,3})?");
  private static final Pattern RUNNING_HEAD =
      Pattern.compile(
          "(?:Tweede|Eerste) Kamer, vergaderjaar \\d{4}\\s*[-–]\\s*\\d{4}, [0-9 ]+(?:[- ][0-9A-Z]+)?,"
              + " nr\\. [0-9A-Z]+(?:\\s+\\d{1,3})?");
  private static final Pattern PAGE_MARK = Pattern.compile("\\|?\\s*\\d{1,3}\\s*\\|");

  private PageChrome() {}

  /** Whether {@code line} (stripped) is page chrome wherever it stands. */
  public static boolean is(String line) {
    if (line.isEmpty() || line.length() > MAX) {
      return false;
    }
    char c = line.charAt(0);
    if (c == 'T' || c == 'E') {
      return CHAMBER.matcher(line).matches() || RUNNING_HEAD.matcher(line).matches();
    }
    if (c == 'V' || c == 'v' || c == '|') {
      return YEAR.matcher(line).matches() || PAGE_MARK.matcher(line).matches();
    }
    return c >= '0' && c <= '9' && PAGE_MARK.matcher(line).matches();
  }

  /**
   * Whether the line {@code b[off, off + n)} may be page chrome or a page number: a cheap test on
   * its first characters, so that the writer makes a string of few lines.
   */
  public static boolean mayBe(char[] b, int off, int n) {
    if (n == 0 || n > MAX) {
      return false;
    }
    char c = b[off];
    return c >= '0' && c <= '9'
        || c == '|'
        || (c == 'V' || c == 'v') && startsWith(b, off, n, "ergaderjaar")
        || (c == 'T' && startsWith(b, off, n, "weede Kamer"))
        || (c == 'E' && startsWith(b, off, n, "erste Kamer"));
  }

  private static boolean startsWith(char[] b, int off, int n, String rest) {
    if (n < rest.length() + 1) {
      return false;
    }
    for (int i = 0; i < rest.length(); i++) {
      if (b[off + 1 + i] != rest.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code line} (stripped) is a bare page number: one to three digits. It is chrome only
   * between blank lines, which the reader checks.
   */
  public static boolean isPageNumber(String line) {
    int n = line.length();
    if (n == 0 || n > 3) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (line.charAt(i) < '0' || line.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
