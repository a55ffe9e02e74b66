package nl.bncfiche.validation.internal;

import java.util.ArrayList;
import java.util.List;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.sjabloon.Grondhoudingszin;

/**
 * Finds stance sentences in a grondhouding text: "De grondhouding van het kabinet is positief." and
 * the older "Het kabinet beoordeelt de subsidiariteit als positief.", and returns the verdict words
 * as written. A hand-written scan: no regular expression, no lower-cased copy, bounded work per
 * paragraph. Letters match when each character of the text, lower-cased on its own, is the
 * opening's.
 */
public final class StanceSentence {
  private static final String GRONDHOUDING = Grondhoudingszin.OPENINGEN.get(0);
  private static final String BEOORDEELT = Grondhoudingszin.OPENINGEN.get(1);
  private static final String ALS = Grondhoudingszin.ALS;
  private static final String KABINET = "kabinet";
  private static final int KABINET_IN_GRONDHOUDING = GRONDHOUDING.indexOf(KABINET);
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
      Ks ks = new Ks(p, limit);
      int k = ks.next(0);
      if (k < 0) {
        continue;
      }
      if (result.isEmpty()) {
        result = new ArrayList<>();
      }
      paragraph(p, ks, k, limit, result);
    }
    return result;
  }

  /**
   * Both openings hold "kabinet" at a fixed place, so the paragraph is visited only where a
   * character lower-cases to {@code k}, found with {@link String#indexOf(int, int)} (which the JIT
   * vectorises), and each opening is tried there. Each opening is searched on from the end of its
   * last verdict, as two searches one after the other would.
   */
  private static void paragraph(String p, Ks ks, int k, int limit, List<String> result) {
    int fromGrondhouding = 0;
    int fromBeoordeelt = 0;
    List<String> older = List.of();
    for (; k >= 0; k = ks.next(k + 1)) {
      int g = k - KABINET_IN_GRONDHOUDING;
      if (g >= fromGrondhouding
          && g + GRONDHOUDING.length() <= limit
          && matches(p, g, GRONDHOUDING)) {
        fromGrondhouding = verdict(p, g + GRONDHOUDING.length(), limit, result);
      }
      if (k >= fromBeoordeelt && k + BEOORDEELT.length() <= limit && matches(p, k, BEOORDEELT)) {
        int start = k + BEOORDEELT.length();
        int als = find(p, ALS, start, Math.min(limit, start + MAX_VERDICT + ALS.length()));
        fromBeoordeelt = start;
        if (als >= 0 && !hasPeriod(p, start, als)) {
          if (older.isEmpty()) {
            older = new ArrayList<>();
          }
          fromBeoordeelt = verdict(p, als + ALS.length(), limit, older);
        }
      }
    }
    result.addAll(older);
  }

  /**
   * The places of the characters that lower-case to {@code k} (k, K and U+212A) in a paragraph, in
   * order: each kind is searched with {@link String#indexOf(int, int)}, which the JIT vectorises,
   * and searched again only once passed, so a paragraph is read about once per kind.
   */
  private static final class Ks {
    private final String p;
    private final int limit;
    private int lower = -2;
    private int upper = -2;
    private int kelvin = -2;

    Ks(String p, int limit) {
      this.p = p;
      this.limit = limit;
    }

    /** The first place from {@code from}, or -1. */
    int next(int from) {
      lower = after(lower, 'k', from);
      upper = after(upper, 'K', from);
      kelvin = after(kelvin, '\u212A', from);
      int at = min(min(lower, upper), kelvin);
      return at >= 0 && at < limit ? at : -1;
    }

    private int after(int known, char c, int from) {
      return known == -1 || known >= from ? known : p.indexOf(c, from);
    }

    private static int min(int a, int b) {
      return a < 0 ? b : b < 0 ? a : Math.min(a, b);
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

  /**
   * Adds the verdict that starts at {@code start} (up to 80 characters, to a period, semicolon or
   * line end); returns its end.
   */
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
      if (sameLetter(p.charAt(i), first) && matches(p, i, word)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code word} (lower case) stands at {@code i}; the caller made sure that it fits. */
  private static boolean matches(String p, int i, String word) {
    for (int k = 0; k < word.length(); k++) {
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
   * lower-cased on its own. Both openings hold that word, so a paragraph without it (most of them)
   * is not searched further.
   */
  static boolean mentionsKabinet(String p, int limit) {
    Ks ks = new Ks(p, limit);
    for (int k = ks.next(0); k >= 0; k = ks.next(k + 1)) {
      if (k + KABINET.length() <= limit && matches(p, k, KABINET)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #mentionsKabinet(String, int)} of the whole of {@code p}. */
  static boolean mentionsKabinet(String p) {
    return mentionsKabinet(p, p.length());
  }
}
