package nl.bncfiche.rendering.text.internal.grammar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.bncfiche.model.sjabloon.Veld;
import nl.bncfiche.rendering.internal.Labels;

/**
 * The label variants of {@link Veld}, normalised and indexed for {@link LabelMatcher} and {@link
 * Escaping}: by first character, by section, with bounds on how long a label can be, and the exact
 * comparison of a line with a variant that needs no normalised copy of the line (Latin-1 text;
 * anything else is left to {@link Labels#normaliseer}).
 */
final class LabelVariants {
  private LabelVariants() {}

  /** One label variant of a field, normalised. */
  record Variant(Veld field, String norm) {}

  /** All variants, longest first, so that a longer label wins over its own prefix. */
  private static final List<Variant> VARIANTS = new ArrayList<>();

  /** Every variant's normal form, for the writer's per-line question "is this a label?". */
  static final Set<String> NORMS = new HashSet<>();

  /**
   * The most characters other than white space, colon and period that a label's normal form holds.
   * Normalising keeps every such character, so a text with more of them is no label, and the reader
   * and writer need not normalise their paragraphs to know it.
   */
  private static int MAX_SIGNIFICANT;

  /** Row of {@link #LIMITS} for every variant (the writer's question). */
  static final int ALL = 0;

  /** Row of {@link #LIMITS} for the variants of sections. */
  static final int SECTIONS = 1;

  /**
   * The same bound per group of variants (row: {@link #ALL}, {@link #SECTIONS}, or 2 + the ordinal
   * of the section whose items they are) and per ASCII first character of the normal form (column),
   * 0 when no variant of the group starts so; column 128 holds the bound of the whole group. An
   * ordinary paragraph is ruled out after a few dozen characters instead of the longest label's
   * 190.
   */
  private static final int[][] LIMITS = new int[2 + Veld.values().length][129];

  /** Variants by the first character of their normal form, longest first, for prefix searches. */
  private static final Map<Character, List<Variant>> BY_FIRST = new HashMap<>();

  /** Variants by the section their field belongs to, longest first. */
  static final Map<Veld, List<Variant>> BY_SECTION = new HashMap<>();

  /**
   * The variants of {@link #BY_SECTION} by {@link #group} and by the first character of their
   * normal form (all Latin-1), longest first; null where there are none.
   */
  private static final Variant[][][] BY_GROUP_AND_FIRST =
      new Variant[1 + Veld.values().length][256][];

  /** What {@link #exactMatch} returns when only normalising can tell. */
  static final Variant UNDECIDED = new Variant(null, "");

  /**
   * The row of {@link #BY_GROUP_AND_FIRST} of the items of {@code section}; 0, the sections, for
   * null.
   */
  static int group(Veld section) {
    return section == null ? 0 : 1 + section.ordinal();
  }

  /**
   * The count of characters other than white space, colon and period, stopping above {@code max}.
   */
  private static int significant(String s, int max) {
    int n = 0;
    for (int i = 0; i < s.length() && n <= max; i++) {
      char c = s.charAt(i);
      if (c != ':' && c != '.' && c != '\u00a0' && !Character.isWhitespace(c)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether {@code text} may normalise to a label of group {@code row} of {@link #LIMITS}; false
   * means certainly not. A text that starts with an ASCII character other than white space, colon
   * and period has a normal form that starts with that character in lower case, so only the
   * variants starting so can match.
   */
  static boolean mayNormaliseToLabel(String text, int row) {
    int max = LIMITS[row][128];
    if (!text.isEmpty()) {
      char c = text.charAt(0);
      if (c < 128 && c != ':' && c != '.' && !Character.isWhitespace(c)) {
        max = LIMITS[row][Character.toLowerCase(c)];
        if (max == 0) {
          return false;
        }
      }
    }
    return significant(text, max) <= max;
  }

  private static void limit(int row, String norm) {
    int n = significant(norm, Integer.MAX_VALUE);
    char first = norm.isEmpty() ? 128 : norm.charAt(0);
    LIMITS[row][128] = Math.max(LIMITS[row][128], n);
    if (first < 128) {
      LIMITS[row][first] = Math.max(LIMITS[row][first], n);
    } else {
      // A variant not starting with ASCII: no bound per first character for this group.
      for (int c = 0; c < 128; c++) {
        LIMITS[row][c] = Math.max(LIMITS[row][c], MAX_SIGNIFICANT);
      }
    }
  }

  /** The variants whose normal form may be a prefix of {@code collapsed}, longest first. */
  static List<Variant> prefixCandidates(String collapsed) {
    List<Variant> l = collapsed.isEmpty() ? null : BY_FIRST.get(collapsed.charAt(0));
    return l == null ? List.of() : l;
  }

  /**
   * The variants of the items of {@code section} whose normal form may be a prefix of {@code text}
   * with its white-space runs as one space and in lower case, longest first: those starting with
   * its first character other than space, tab and no-break space, in lower case; null when none.
   */
  static Variant[] itemCandidates(Veld section, String text) {
    int n = Math.min(text.length(), LabelMatcher.MAX_LABEL_SCAN);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\u00a0') {
        char first = Character.toLowerCase(c);
        return first <= 0xff ? BY_GROUP_AND_FIRST[group(section)][first] : null;
      }
    }
    return null;
  }

  static {
    for (Veld v : Veld.values()) {
      for (String l : v.getLabelteksten()) {
        VARIANTS.add(new Variant(v, Labels.normaliseer(l)));
      }
    }
    VARIANTS.sort(Comparator.comparingInt((Variant x) -> -x.norm().length()));
    for (Variant v : VARIANTS) {
      NORMS.add(v.norm());
      MAX_SIGNIFICANT = Math.max(MAX_SIGNIFICANT, significant(v.norm(), Integer.MAX_VALUE));
      char first = v.norm().isEmpty() ? ' ' : v.norm().charAt(0);
      BY_FIRST.computeIfAbsent(first, k -> new ArrayList<>()).add(v);
      BY_SECTION.computeIfAbsent(v.field().getSectie().orElse(null), k -> new ArrayList<>()).add(v);
    }
    for (Variant v : VARIANTS) {
      Variant[][] row = BY_GROUP_AND_FIRST[group(v.field().getSectie().orElse(null))];
      char first = v.norm().isEmpty() ? 0 : v.norm().charAt(0);
      if (first == 0 || !v.norm().chars().allMatch(c -> c <= 0xff)) {
        // exactMatch() relies on it: a text that normalises to a label is then never shorter than
        // it.
        throw new IllegalStateException("label beyond Latin-1: " + v.norm());
      }
      Variant[] l = row[first];
      l = l == null ? new Variant[1] : Arrays.copyOf(l, l.length + 1);
      l[l.length - 1] = v;
      row[first] = l;
    }
    for (Variant v : VARIANTS) {
      limit(ALL, v.norm());
      limit(
          v.field().isSectie() ? SECTIONS : 2 + v.field().getSectie().orElseThrow().ordinal(),
          v.norm());
    }
  }

  /**
   * The first variant of group {@code group} of {@link #BY_GROUP_AND_FIRST} whose normal form is
   * that of {@code text}, compared without normalising: null when there is none, {@link #UNDECIDED}
   * when the text has a character this comparison leaves to {@link Labels#normaliseer} (beyond
   * Latin-1, a no-break space, a control character). Most lines differ from every label in their
   * first few characters.
   */
  static Variant exactMatch(String text, int group) {
    int n = text.length();
    int start = 0;
    while (start < n && isRegexSpace(text.charAt(start))) {
      start++;
    }
    if (start == n) {
      return null;
    }
    // The normal form ends before the trailing run of white space, colons and periods.
    int end = n;
    while (end > start && isTrailing(text.charAt(end - 1))) {
      end--;
    }
    char first = text.charAt(start);
    if (!isPlainLatin1(first) || end > start && !isPlainLatin1(text.charAt(end - 1))) {
      return UNDECIDED;
    }
    if (end == start) {
      return null;
    }
    Variant[] candidates = BY_GROUP_AND_FIRST[group][Character.toLowerCase(first)];
    if (candidates == null) {
      return null;
    }
    for (Variant v : candidates) {
      if (v.norm().length() > end - start) {
        // Normalising never lengthens a text that can match: only U+0130 lower-cases to two
        // characters.
        continue;
      }
      int r = compare(text, start, end, v.norm());
      if (r > 0) {
        return v;
      }
      if (r < 0) {
        return UNDECIDED;
      }
    }
    return null;
  }

  /**
   * Whether {@code [start, end)} of {@code text}, which starts and ends with a character that is no
   * white space, is {@code norm} once its white-space runs are one space and it is in lower case: 1
   * yes, 0 no, -1 when a character is met that {@link #exactMatch} leaves to normalising. A
   * mismatch is certain as soon as it is found, since what precedes it was compared exactly.
   */
  private static int compare(String text, int start, int end, String norm) {
    int len = norm.length();
    int k = 0;
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      char lower;
      if (c >= 'a' && c <= 'z') {
        lower = c;
      } else if (c >= 'A' && c <= 'Z') {
        lower = (char) (c + ('a' - 'A'));
      } else if (isRegexSpace(c)) {
        space = true;
        continue;
      } else if (isPlainLatin1(c)) {
        // Latin-1 has single-character lower cases, as String.toLowerCase(Locale.ROOT) makes them.
        lower = Character.toLowerCase(c);
      } else {
        return -1;
      }
      if (space) {
        if (k == len || norm.charAt(k) != ' ') {
          return 0;
        }
        k++;
        space = false;
      }
      if (k == len || norm.charAt(k) != lower) {
        return 0;
      }
      k++;
    }
    return k == len ? 1 : 0;
  }

  /** A Latin-1 character that normalising keeps (or lower-cases) as it is; not a no-break space. */
  private static boolean isPlainLatin1(char c) {
    return c >= 0x20 && c <= 0xff && c != '\u00a0';
  }

  /** The white space of a regular expression's {@code \s}, which normalising collapses. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  /** A character that normalising removes from a text's end. */
  private static boolean isTrailing(char c) {
    return c == ':' || c == '.' || isRegexSpace(c);
  }
}
