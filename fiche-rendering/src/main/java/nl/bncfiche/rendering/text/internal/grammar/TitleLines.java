package nl.bncfiche.rendering.text.internal.grammar;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.bncfiche.model.id.CommissieDocument;

/**
 * Whether a line of item 1a continues the title on the line before it, and how the two join: a
 * rendering that wraps a long title breaks it anywhere, often mid-phrase and sometimes inside a
 * word. The writer escapes a title that the reader would otherwise join to the one before it.
 */
public final class TitleLines {
  /**
   * Words a title does not end with, Dutch and English: a line ending in one is cut off. Lower
   * case; compared with the line's last word in lower case.
   */
  private static final Set<String> OPEN_WORDS =
      Set.of(
          "van",
          "de",
          "het",
          "een",
          "en",
          "of",
          "voor",
          "tot",
          "in",
          "op",
          "met",
          "aan",
          "over",
          "betreffende",
          "inzake",
          "ter",
          "te",
          "bij",
          "door",
          "om",
          "the",
          "and",
          "for",
          "on",
          "to",
          "a",
          "an",
          "with",
          "from",
          "by",
          "amending",
          "establishing",
          "laying",
          "concerning",
          "regarding",
          "as",
          "at");

  private TitleLines() {}

  /**
   * Whether {@code next} continues {@code previous}: it cannot start a title (a lower-case letter,
   * an opening parenthesis, a comma) or {@code previous} cannot end one (a word broken by a hyphen,
   * a comma, colon or open word at its end).
   */
  public static boolean continues(String previous, String next) {
    if (next.isEmpty() || previous.isEmpty()) {
      return false;
    }
    char first = next.charAt(0);
    if (Character.isLowerCase(first) || first == '(' || first == ',' || first == ';') {
      return true;
    }
    char last = previous.charAt(previous.length() - 1);
    if (last == ',' || last == ':' || last == '\u00ad' || brokenWord(previous)) {
      return true;
    }
    int space = previous.lastIndexOf(' ');
    String word = previous.substring(space + 1).toLowerCase(Locale.ROOT);
    return OPEN_WORDS.contains(word);
  }

  /** {@code previous} and {@code next} as one title: a word broken over the lines made whole. */
  public static String join(String previous, String next) {
    int n = previous.length();
    if (n > 0 && previous.charAt(n - 1) == '\u00ad') {
      return previous.substring(0, n - 1) + next;
    }
    if (brokenWord(previous) && !next.isEmpty() && Character.isLowerCase(next.charAt(0))) {
      String firstWord = next.split(" ", 2)[0];
      // "arbeids- en kapitaalmarkt": the hyphen belongs to the first word, not to the break.
      if (!firstWord.equals("en") && !firstWord.equals("of") && !firstWord.equals("and")) {
        return previous.substring(0, n - 1) + next;
      }
    }
    return previous + " " + next;
  }

  /**
   * Whether a title line starts with a document number ("COM(2025) 501 – Proposal …"), as each
   * title of a package may.
   */
  public static boolean startsWithDocument(String t) {
    String head = t.length() > 40 ? t.substring(0, 40) : t;
    List<CommissieDocument> found = CommissieDocument.findAll(head);
    if (found.isEmpty()) {
      return false;
    }
    return head.startsWith(found.get(0).getType().name());
  }

  /** Whether the line ends with a letter and a hyphen: a word broken by wrapping (or a prefix). */
  private static boolean brokenWord(String s) {
    int n = s.length();
    return n >= 2 && s.charAt(n - 1) == '-' && Character.isLetter(s.charAt(n - 2));
  }
}
