package nl.bncfiche.model.sjabloon;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Dutch number words a cover letter writes its count in ("ontvangt u hierbij twee fiches"): one
 * to twenty. Larger counts are written in digits.
 */
public final class Telwoorden {
  /** The words for one to twenty, in order. */
  public static final List<String> WOORDEN =
      List.of(
          "een",
          "twee",
          "drie",
          "vier",
          "vijf",
          "zes",
          "zeven",
          "acht",
          "negen",
          "tien",
          "elf",
          "twaalf",
          "dertien",
          "veertien",
          "vijftien",
          "zestien",
          "zeventien",
          "achttien",
          "negentien",
          "twintig");

  private Telwoorden() {}

  /** The word for {@code n} (1 to 20); empty for any other number. */
  public static Optional<String> woord(int n) {
    return n >= 1 && n <= WOORDEN.size() ? Optional.of(WOORDEN.get(n - 1)) : Optional.empty();
  }

  /**
   * The number a word names, ignoring case and accents on "één"; "nul" is 0. Empty for anything
   * else (digits included: callers that accept digits parse them themselves).
   */
  public static Optional<Integer> waarde(String woord) {
    String w = woord.strip().toLowerCase(Locale.ROOT).replace('é', 'e');
    if (w.equals("nul")) {
      return Optional.of(0);
    }
    int i = WOORDEN.indexOf(w);
    return i < 0 ? Optional.empty() : Optional.of(i + 1);
  }
}
