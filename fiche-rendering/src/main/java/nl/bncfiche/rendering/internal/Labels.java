package nl.bncfiche.rendering.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.bncfiche.model.sjabloon.Veld;

/**
 * The template table's labels ({@link Veld#getLabelteksten()}) in the normal form in which the text
 * forms compare them with a line: lower case, single spaces, no trailing colon or period.
 */
public final class Labels {

  /** Each field's labels normalised once: readers and writers compare with these per line. */
  private static final Map<Veld, List<String>> GENORMALISEERD = new EnumMap<>(Veld.class);

  static {
    // Loops, not streams: this runs at every start of the command line (see docs/performance.md).
    for (Veld v : Veld.values()) {
      List<String> labels = v.getLabelteksten();
      String[] norm = new String[labels.size()];
      for (int i = 0; i < norm.length; i++) {
        norm[i] = normaliseer(labels.get(i));
      }
      GENORMALISEERD.put(v, List.of(norm));
    }
  }

  private Labels() {}

  /** {@link #normaliseer} of each of the field's labels, in the table's order. */
  public static List<String> genormaliseerd(Veld veld) {
    return GENORMALISEERD.get(veld);
  }

  /**
   * {@link #normaliseer} of {@code label}; without work when it is one of the field's own labels as
   * written in the table (what the writer always has).
   */
  public static String normaliseer(Veld veld, String label) {
    List<String> labels = veld.getLabelteksten();
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i).equals(label)) {
        return GENORMALISEERD.get(veld).get(i);
      }
    }
    return normaliseer(label);
  }

  /** Normalises a label for matching: lower case, single spaces, no trailing colon or period. */
  public static String normaliseer(String label) {
    String s = collapseWhitespace(label.strip()).toLowerCase(Locale.ROOT);
    while (s.endsWith(":") || s.endsWith(".")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }

  /**
   * No-break spaces as spaces and every run of ASCII white space ({@code \s} of a regex: space,
   * tab, line ends, vertical tab, form feed) as one space. A scanner, not {@code replaceAll}: this
   * runs for every line read and written (see docs/performance.md).
   */
  private static String collapseWhitespace(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\u00a0'
          || (isRegexSpace(c) && (c != ' ' || (i + 1 < n && isSpaceOrNbsp(s.charAt(i + 1)))))) {
        break;
      }
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n);
    sb.append(s, 0, i);
    boolean inRun = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\u00a0' || isRegexSpace(c)) {
        if (!inRun) {
          sb.append(' ');
          inRun = true;
        }
      } else {
        sb.append(c);
        inRun = false;
      }
    }
    return sb.toString();
  }

  private static boolean isSpaceOrNbsp(char c) {
    return c == '\u00a0' || isRegexSpace(c);
  }

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }
}
