package nl.bncfiche.validation.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.bncfiche.model.sjabloon.Telwoorden;

/** Small, bounded text comparisons the rules share. */
public final class TextMatch {
  private static final int MAX = 2000;

  private TextMatch() {}

  /** A count as written: digits or a Dutch number word up to twenty ("één" too); else empty. */
  public static Optional<Integer> count(String written) {
    String w = written.strip().toLowerCase(Locale.ROOT).replace('é', 'e');
    if (w.isEmpty() || w.length() > 9) {
      return Optional.empty();
    }
    boolean digits = true;
    for (int i = 0; i < w.length(); i++) {
      digits &= w.charAt(i) >= '0' && w.charAt(i) <= '9';
    }
    if (digits) {
      return Optional.of(Integer.parseInt(w));
    }
    return Telwoorden.waarde(w);
  }

  /** Lower case, letters and digits only, single spaces; at most 2000 characters are read. */
  public static String simplify(String s) {
    String t = s.length() > MAX ? s.substring(0, MAX) : s;
    StringBuilder sb = new StringBuilder(t.length());
    boolean space = true;
    for (int i = 0; i < t.length(); i++) {
      char c = Character.toLowerCase(t.charAt(i));
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
        space = false;
      } else if (!space) {
        sb.append(' ');
        space = true;
      }
    }
    return sb.toString().strip();
  }

  /**
   * Whether two titles name the same fiche, tolerantly: equal after {@link #simplify}, one
   * contained in the other ("Herziening EU-drugsstrategie" and "EU-drugsstrategie"), or sharing at
   * least half of their words.
   */
  public static boolean sameTitle(String a, String b) {
    String x = simplify(a);
    String y = simplify(b);
    if (x.isEmpty() || y.isEmpty()) {
      return x.equals(y);
    }
    if (x.contains(y) || y.contains(x)) {
      return true;
    }
    Set<String> wx = new HashSet<>(java.util.List.of(x.split(" ")));
    Set<String> wy = new HashSet<>(java.util.List.of(y.split(" ")));
    int smaller = Math.min(wx.size(), wy.size());
    wx.retainAll(wy);
    return wx.size() >= 2 && wx.size() * 2 >= smaller;
  }
}
