package nl.bncfiche.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.Tekst;

/**
 * Finds stance sentences in a grondhouding text: "De grondhouding van het kabinet is positief." and
 * the older "Het kabinet beoordeelt de subsidiariteit als positief.", and returns the verdict words as
 * written. A hand-written scan: no regular expression, bounded work per paragraph.
 */
public final class StanceSentence {
  private static final String[] OPENINGS = {"grondhouding van het kabinet is ", "kabinet beoordeelt "};
  private static final int MAX_PARAGRAPH = 20_000;
  private static final int MAX_VERDICT = 80;

  private StanceSentence() {}

  /** The verdict words of every stance sentence in the text, trimmed, in reading order. */
  public static List<String> verdicts(Tekst tekst) {
    List<String> result = new ArrayList<>();
    for (Alinea a : tekst.getAlineas()) {
      String p = a.platteTekst();
      if (p.length() > MAX_PARAGRAPH) {
        p = p.substring(0, MAX_PARAGRAPH);
      }
      if (!mentionsKabinet(p)) {
        continue;
      }
      String lower = p.toLowerCase(Locale.ROOT);
      for (String opening : OPENINGS) {
        int from = 0;
        while (true) {
          int at = lower.indexOf(opening, from);
          if (at < 0) {
            break;
          }
          int start = at + opening.length();
          if (opening.startsWith("kabinet beoordeelt")) {
            int als = lower.indexOf(" als ", start);
            int stop = lower.indexOf('.', start);
            if (als < 0 || stop >= 0 && als > stop || als - start > MAX_VERDICT) {
              from = start;
              continue;
            }
            start = als + 5;
          }
          int end = start;
          while (end < p.length() && end - start < MAX_VERDICT && p.charAt(end) != '.'
              && p.charAt(end) != ';' && p.charAt(end) != '\n') {
            end++;
          }
          String verdict = p.substring(start, end).replace(',', ' ').strip();
          if (!verdict.isEmpty()) {
            result.add(verdict);
          }
          from = end;
        }
      }
    }
    return result;
  }

  /**
   * Whether some place of {@code p} reads "kabinet" when each character is lower-cased on its own.
   * Both openings hold that word, and lower-casing the whole paragraph can only yield it where this
   * finds it, so a paragraph without it (most of them) is not lower-cased at all.
   *
   * <p>Only three characters lower-case to {@code k}: {@code k}, {@code K} and the Kelvin sign
   * U+212A. The scan looks for those with one test per character and compares the rest of the word
   * only there; lower-casing every character of every paragraph was most of a validation.
   */
  static boolean mentionsKabinet(String p) {
    int last = p.length() - KABINET.length();
    for (int i = 0; i <= last; i++) {
      char c = p.charAt(i);
      if ((c | 0x20) == 'k' || c == '\u212A') {
        int k = 1;
        while (k < KABINET.length() && Character.toLowerCase(p.charAt(i + k)) == KABINET.charAt(k)) {
          k++;
        }
        if (k == KABINET.length()) {
          return true;
        }
      }
    }
    return false;
  }

  private static final String KABINET = "kabinet";
}
