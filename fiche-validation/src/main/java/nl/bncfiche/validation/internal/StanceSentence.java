package nl.bncfiche.validation.internal;

import java.util.ArrayList;
import java.util.List;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.Tekst;

/**
 * Finds stance sentences in a grondhouding text: "De grondhouding van het kabinet is positief." and
 * the older "Het kabinet beoordeelt de subsidiariteit als positief.", and returns the verdict words as
 * written. A hand-written scan: no regular expression, no lower-cased copy, bounded work per
 * paragraph. Letters match when each character of the text, lower-cased on its own, is the opening's.
 */
public final class StanceSentence {
  private static final String GRONDHOUDING = "grondhouding van het kabinet is ";
  private static final String BEOORDEELT = "kabinet beoordeelt ";
  private static final String ALS = " als ";
  private static final String KABINET = "kabinet";
  private static final int MAX_PARAGRAPH = 20_000;
  private static final int MAX_VERDICT = 80;

  private StanceSentence() {}

  /**
   * The verdict words of every stance sentence in the text, trimmed: per paragraph, those of the
   * 2025 phrasing first, then those of the older one.
   */
  public static List<String> verdicts(Tekst tekst) {
    List<String> result = List.of();
    for (Alinea a : tekst.getAlineas()) {
      String p = a.platteTekst();
      int limit = Math.min(p.length(), MAX_PARAGRAPH);
      if (!mentionsKabinet(p, limit)) {
        continue;
      }
      if (result.isEmpty()) {
        result = new ArrayList<>();
      }
      grondhouding(p, limit, result);
      beoordeelt(p, limit, result);
    }
    return result;
  }

  /** "… grondhouding van het kabinet is VERDICT." */
  private static void grondhouding(String p, int limit, List<String> result) {
    int at = find(p, GRONDHOUDING, 0, limit);
    while (at >= 0) {
      int end = verdict(p, at + GRONDHOUDING.length(), limit, result);
      at = find(p, GRONDHOUDING, end, limit);
    }
  }

  /** "… kabinet beoordeelt de ONDERWERP als VERDICT.", the subject at most 80 characters, no period in it. */
  private static void beoordeelt(String p, int limit, List<String> result) {
    int at = find(p, BEOORDEELT, 0, limit);
    while (at >= 0) {
      int start = at + BEOORDEELT.length();
      int als = find(p, ALS, start, Math.min(limit, start + MAX_VERDICT + ALS.length()));
      int from = start;
      if (als >= 0 && !hasPeriod(p, start, als)) {
        from = verdict(p, als + ALS.length(), limit, result);
      }
      at = find(p, BEOORDEELT, from, limit);
    }
  }

  private static boolean hasPeriod(String p, int from, int to) {
    for (int i = from; i < to; i++) {
      if (p.charAt(i) == '.') {
        return true;
      }
    }
    return false;
  }

  /** Adds the verdict that starts at {@code start} (up to 80 characters, to a period, semicolon or line end); returns its end. */
  private static int verdict(String p, int start, int limit, List<String> result) {
    int end = start;
    while (end < limit && end - start < MAX_VERDICT) {
      char c = p.charAt(end);
      if (c == '.' || c == ';' || c == '\n') {
        break;
      }
      end++;
    }
    String verdict = p.substring(start, end).replace(',', ' ').strip();
    if (!verdict.isEmpty()) {
      result.add(verdict);
    }
    return end;
  }

  /**
   * The first index from {@code from} where {@code word} (lower case) starts and ends before {@code
   * limit}, each character of {@code p} lower-cased on its own; -1 when none.
   */
  private static int find(String p, String word, int from, int limit) {
    char first = word.charAt(0);
    int last = limit - word.length();
    for (int i = from; i <= last; i++) {
      if (sameLetter(p.charAt(i), first) && rest(p, i, word)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean rest(String p, int i, String word) {
    for (int k = 1; k < word.length(); k++) {
      if (!sameLetter(p.charAt(i + k), word.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code c} lower-cased on its own is {@code lower}. In ASCII a lower-case letter matches
   * itself and its capital, which differ in one bit; any other ASCII character only itself.
   */
  private static boolean sameLetter(char c, char lower) {
    if (c < 0x80) {
      return lower >= 'a' && lower <= 'z' ? (c | 0x20) == lower : c == lower;
    }
    return Character.toLowerCase(c) == lower;
  }

  /**
   * Whether some place of {@code p} before {@code limit} reads "kabinet" when each character is
   * lower-cased on its own. Both openings hold that word, so a paragraph without it (most of them) is
   * not searched further.
   */
  static boolean mentionsKabinet(String p, int limit) {
    return find(p, KABINET, 0, limit) >= 0;
  }

  /** {@link #mentionsKabinet(String, int)} of the whole of {@code p}. */
  static boolean mentionsKabinet(String p) {
    return mentionsKabinet(p, p.length());
  }
}
