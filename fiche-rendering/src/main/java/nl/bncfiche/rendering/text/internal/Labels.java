package nl.bncfiche.rendering.text.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.bncfiche.rendering.internal.Veld;

/**
 * Recognises the structure of one line of a fiche: an optional bullet, item letter or section number,
 * and a label from {@link Veld} (any variant), possibly followed by its value ("Label: value", or a
 * label glued to its value). Hand-written scanning only, on at most {@link #MAX_LABEL_SCAN}
 * characters of a line, so that a very long line costs linear time.
 */
public final class Labels {
  /** Only this many characters of a line are looked at for a label; labels are much shorter. */
  static final int MAX_LABEL_SCAN = 400;

  /** The canonical marking of a sub-heading paragraph. */
  public static final String TUSSENKOP = "## ";
  /** The canonical marking of a list-item paragraph. */
  public static final String OPSOMMING = "• ";
  /** The escape that makes a line plain text, never structure. */
  public static final char ESCAPE = '\\';

  /** One label variant of a field, normalised. */
  private static final class Variant {
    final Veld veld;
    final String norm;

    Variant(Veld veld, String norm) {
      this.veld = veld;
      this.norm = norm;
    }
  }

  /** All variants, longest first, so that a longer label wins over its own prefix. */
  private static final List<Variant> VARIANTS = new ArrayList<>();

  /** Every variant's normal form, for the writer's per-line question "is this a label?". */
  private static final Set<String> NORMS = new HashSet<>();

  /**
   * The most characters other than white space, colon and period that a label's normal form holds.
   * Normalising keeps every such character, so a text with more of them is no label: the reader and
   * writer skip normalising their paragraphs, which was most of their time.
   */
  private static int MAX_SIGNIFICANT;

  /** Row of {@link #LIMITS} for every variant (the writer's question). */
  private static final int ALLE = 0;
  /** Row of {@link #LIMITS} for the variants of sections. */
  private static final int SECTIES = 1;

  /**
   * The same bound per group of variants (row: {@link #ALLE}, {@link #SECTIES}, or 2 + the ordinal of
   * the section whose items they are) and per ASCII first character of the normal form (column), 0
   * when no variant of the group starts so; column 128 holds the bound of the whole group. An
   * ordinary paragraph is ruled out after a few dozen characters instead of the longest label's 190.
   */
  private static final int[][] LIMITS = new int[2 + Veld.values().length][129];

  /** Variants by the first character of their normal form, longest first, for prefix searches. */
  private static final Map<Character, List<Variant>> BY_FIRST = new HashMap<>();

  /** Variants by the section their field belongs to, longest first. */
  private static final Map<Veld, List<Variant>> BY_SECTIE = new HashMap<>();

  /**
   * The variants of {@link #BY_SECTIE} by {@link #groep} and by the first character of their normal
   * form (all Latin-1), longest first; null where there are none.
   */
  private static final Variant[][][] PER_EERSTE = new Variant[1 + Veld.values().length][256][];

  /** What {@link #gelijk} returns when only normalising can tell. */
  private static final Variant ONBEKEND = new Variant(null, "");

  /** The row of {@link #PER_EERSTE} of the items of {@code sectie}; 0, the sections, for null. */
  private static int groep(Veld sectie) {
    return sectie == null ? 0 : 1 + sectie.ordinal();
  }

  /** The count of characters other than white space, colon and period, stopping above {@code max}. */
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
  private static boolean kanLabelZijn(String text, int row) {
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
  private static List<Variant> prefixKandidaten(String collapsed) {
    List<Variant> l = collapsed.isEmpty() ? null : BY_FIRST.get(collapsed.charAt(0));
    return l == null ? List.of() : l;
  }

  /**
   * The variants whose normal form may be a prefix of the {@link #collapse} of {@code text}, longest
   * first: those starting with its first character other than space, tab and no-break space, in
   * lower case. Known before collapsing, so that a text no label can start is never collapsed and
   * the others only as far as their longest candidate reaches.
   */
  private static List<Variant> prefixKandidatenVan(String text) {
    int n = Math.min(text.length(), MAX_LABEL_SCAN);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\u00a0') {
        List<Variant> l = BY_FIRST.get(Character.toLowerCase(c));
        return l == null ? List.of() : l;
      }
    }
    return List.of();
  }

  /**
   * The variants of the items of {@code sectie} whose normal form may be a prefix of the {@link
   * #collapse} of {@code text}, longest first, as {@link #prefixKandidatenVan}; null when none.
   */
  private static Variant[] itemKandidatenVan(Veld sectie, String text) {
    int n = Math.min(text.length(), MAX_LABEL_SCAN);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\u00a0') {
        char first = Character.toLowerCase(c);
        return first <= 0xff ? PER_EERSTE[groep(sectie)][first] : null;
      }
    }
    return null;
  }

  static {
    for (Veld v : Veld.values()) {
      for (String l : v.labels()) {
        VARIANTS.add(new Variant(v, Veld.normaliseer(l)));
      }
    }
    VARIANTS.sort(Comparator.comparingInt((Variant x) -> -x.norm.length()));
    for (Variant v : VARIANTS) {
      NORMS.add(v.norm);
      MAX_SIGNIFICANT = Math.max(MAX_SIGNIFICANT, significant(v.norm, Integer.MAX_VALUE));
      char first = v.norm.isEmpty() ? ' ' : v.norm.charAt(0);
      BY_FIRST.computeIfAbsent(first, k -> new ArrayList<>()).add(v);
      BY_SECTIE.computeIfAbsent(v.veld.sectie(), k -> new ArrayList<>()).add(v);
    }
    for (Variant v : VARIANTS) {
      Variant[][] rij = PER_EERSTE[groep(v.veld.sectie())];
      char first = v.norm.isEmpty() ? 0 : v.norm.charAt(0);
      if (first == 0 || !v.norm.chars().allMatch(c -> c <= 0xff)) {
        // gelijk() relies on it: a text that normalises to a label is then never shorter than it.
        throw new IllegalStateException("label beyond Latin-1: " + v.norm);
      }
      Variant[] l = rij[first];
      l = l == null ? new Variant[1] : Arrays.copyOf(l, l.length + 1);
      l[l.length - 1] = v;
      rij[first] = l;
    }
    for (Variant v : VARIANTS) {
      limit(ALLE, v.norm);
      limit(v.veld.isSectie() ? SECTIES : 2 + v.veld.sectie().ordinal(), v.norm);
    }
  }

  private Labels() {}

  /** The parts of a line before its label: bullet, letter or number. */
  public static final class Prefix {
    /** Whether the line started with a bullet "• ". */
    public final boolean bullet;
    /** The item letter without ")" ("a"), or empty. */
    public final String letter;
    /** The section number ("4"), or -1. */
    public final int nummer;
    /** The text after the prefix. */
    public final String rest;
    /** Offset of {@link #rest} in the line. */
    public final int offset;

    Prefix(boolean bullet, String letter, int nummer, String rest, int offset) {
      this.bullet = bullet;
      this.letter = letter;
      this.nummer = nummer;
      this.rest = rest;
      this.offset = offset;
    }
  }

  /** Splits a bullet, then a letter "a)" or a number "1.", from the start of {@code line}. */
  public static Prefix prefix(String line) {
    if (!line.isEmpty() && line.charAt(0) >= 'A' && line.charAt(0) <= 'Z') {
      // Most lines, prose and labels, start with a capital: no bullet, letter or number.
      return new Prefix(false, "", -1, line, 0);
    }
    int i = 0;
    boolean bullet = false;
    if (line.startsWith("•") || line.startsWith("\u25cf") || line.startsWith("\u25aa")) {
      bullet = true;
      i = skipSpaces(line, 1);
    }
    String letter = "";
    int nummer = -1;
    int j = i;
    while (j < line.length() && j - i < 2 && line.charAt(j) >= 'a' && line.charAt(j) <= 'z') {
      j++;
    }
    if (j > i && j < line.length() && line.charAt(j) == ')' && (j + 1 == line.length() || line.charAt(j + 1) == ' ')) {
      letter = line.substring(i, j);
      i = skipSpaces(line, j + 1);
    } else {
      j = i;
      while (j < line.length() && j - i < 3 && Character.isDigit(line.charAt(j)) && line.charAt(j) < 128) {
        j++;
      }
      if (j > i && j < line.length() && line.charAt(j) == '.' && (j + 1 == line.length() || line.charAt(j + 1) == ' ')) {
        nummer = Integer.parseInt(line.substring(i, j));
        i = skipSpaces(line, j + 1);
      }
    }
    return new Prefix(bullet, letter, nummer, line.substring(i), i);
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\u00a0')) {
      i++;
    }
    return i;
  }

  /** A label found at the start of a text, with the value after it (null when none). */
  public static final class Match {
    /** The field. */
    public final Veld veld;
    /** The label as written. */
    public final String label;
    /** The value on the same line, stripped; null when the line holds the label only. */
    public final String waarde;
    /** Offset of the value in the text. */
    public final int waardeOffset;

    Match(Veld veld, String label, String waarde, int waardeOffset) {
      this.veld = veld;
      this.label = label;
      this.waarde = waarde;
      this.waardeOffset = waardeOffset;
    }
  }

  /** Normalises a bounded prefix of a text for label comparison. */
  static String norm(String text) {
    return Veld.normaliseer(text.length() > MAX_LABEL_SCAN ? text.substring(0, MAX_LABEL_SCAN) : text);
  }

  /** The section whose heading {@code text} is exactly (any variant), or null. */
  public static Veld sectie(String text) {
    if (text.length() > MAX_LABEL_SCAN) {
      return null;
    }
    Variant gelijk = gelijk(text, 0);
    if (gelijk != ONBEKEND) {
      return gelijk == null ? null : gelijk.veld;
    }
    if (!kanLabelZijn(text, SECTIES)) {
      return null;
    }
    String n = Veld.normaliseer(text);
    for (Variant v : prefixKandidaten(n)) {
      if (v.veld.isSectie() && v.norm.equals(n)) {
        return v.veld;
      }
    }
    return null;
  }

  /**
   * The section a numbered heading names when it is not one of the known variants: the heading of a
   * later wording of the same section ("Grondhouding ten aanzien van …"). Only for numbered headings.
   */
  public static Veld sectieLoosVerwant(String text) {
    if (text.length() > 300) {
      return null;
    }
    String n = Veld.normaliseer(text);
    if (n.startsWith("grondhouding ten aanzien van financiële") || n.startsWith("financiële gevolgen, ")) {
      return Veld.FINANCIEEL;
    }
    if ((n.startsWith("grondhouding ten aanzien van bevoegdheid") || n.startsWith("beoordeling bevoegdheid"))) {
      return Veld.GRONDHOUDING;
    }
    return null;
  }

  /** The item of {@code sectie} whose label {@code text} is exactly (any variant), or null. */
  public static Veld item(Veld sectie, String text) {
    if (text.length() > MAX_LABEL_SCAN) {
      return null;
    }
    Variant gelijk = gelijk(text, groep(sectie));
    if (gelijk != ONBEKEND) {
      return gelijk == null ? null : gelijk.veld;
    }
    if (!kanLabelZijn(text, sectie == null ? SECTIES : 2 + sectie.ordinal())) {
      return null;
    }
    String n = Veld.normaliseer(text);
    for (Variant v : BY_SECTIE.getOrDefault(sectie, List.of())) {
      if (v.norm.equals(n)) {
        return v.veld;
      }
    }
    return null;
  }

  /**
   * The first variant of group {@code groep} of {@link #PER_EERSTE} whose normal form is that of
   * {@code text}, compared without normalising: null when there is none, {@link #ONBEKEND} when the
   * text has a character this comparison leaves to {@link Veld#normaliseer} (beyond Latin-1, a no-break
   * space, a control character). Most lines differ from every label in their first few characters.
   */
  private static Variant gelijk(String text, int groep) {
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
    while (end > start && isEindteken(text.charAt(end - 1))) {
      end--;
    }
    char first = text.charAt(start);
    if (!isGewoon(first) || end > start && !isGewoon(text.charAt(end - 1))) {
      return ONBEKEND;
    }
    if (end == start) {
      return null;
    }
    Variant[] kandidaten = PER_EERSTE[groep][Character.toLowerCase(first)];
    if (kandidaten == null) {
      return null;
    }
    for (Variant v : kandidaten) {
      if (v.norm.length() > end - start) {
        // Normalising never lengthens a text that can match: only U+0130 lower-cases to two characters.
        continue;
      }
      int r = vergelijk(text, start, end, v.norm);
      if (r > 0) {
        return v;
      }
      if (r < 0) {
        return ONBEKEND;
      }
    }
    return null;
  }

  /**
   * Whether {@code [start, end)} of {@code text}, which starts and ends with a character that is no
   * white space, is {@code norm} once its white-space runs are one space and it is in lower case: 1
   * yes, 0 no, -1 when a character is met that {@link #gelijk} leaves to normalising. A mismatch is
   * certain as soon as it is found, since what precedes it was compared exactly.
   */
  private static int vergelijk(String text, int start, int end, String norm) {
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
      } else if (isGewoon(c)) {
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
  private static boolean isGewoon(char c) {
    return c >= 0x20 && c <= 0xff && c != '\u00a0';
  }

  /** The white space of a regular expression's {@code \s}, which normalising collapses. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  /** A character that normalising removes from a text's end. */
  private static boolean isEindteken(char c) {
    return c == ':' || c == '.' || isRegexSpace(c);
  }

  /**
   * An item label of {@code sectie} at the start of {@code text} followed by its value: "Label: value",
   * or a label glued to a value that starts with a capital or digit ("Nr. CommissiedocumentCOM(2024)
   * 26"). Null when the text does not start so.
   */
  public static Match itemMetWaarde(Veld sectie, String text) {
    Variant[] kandidaten = itemKandidatenVan(sectie, text);
    if (kandidaten == null) {
      return null;
    }
    for (Variant v : kandidaten) {
      if (!begintMet(text, v.norm)) {
        continue;
      }
      int end = originalOffset(text, v.norm.length());
      if (end < 0) {
        continue;
      }
      String label = text.substring(0, end);
      int i = end;
      while (i < text.length() && text.charAt(i) == ' ') {
        i++;
      }
      if (i < text.length() && text.charAt(i) == ':') {
        int start = skipSpaces(text, i + 1);
        String value = text.substring(start).strip();
        return new Match(v.veld, label, value.isEmpty() ? null : value, start);
      }
      if (i == end && i < text.length() && v.norm.indexOf(' ') > 0) {
        char c = text.charAt(i);
        if (Character.isUpperCase(c) || Character.isDigit(c)) {
          return new Match(v.veld, label, text.substring(i).strip(), i);
        }
      }
    }
    return null;
  }

  /**
   * Lower case with white-space runs as one space, keeping every other character (no colon removal),
   * of the first {@link #MAX_LABEL_SCAN} characters; only about {@code limit} characters long, since
   * callers compare prefixes. The definition that {@link #begintMet} and {@link #labelAanBegin}
   * compare with as they go, without this copy.
   */
  private static String collapse(String s, int limit) {
    int n = Math.min(s.length(), MAX_LABEL_SCAN);
    StringBuilder sb = new StringBuilder(Math.min(n, limit + 1));
    boolean space = false;
    for (int i = 0; i < n && sb.length() < limit; i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\u00a0') {
        space = true;
        continue;
      }
      if (space && sb.length() > 0) {
        sb.append(' ');
      }
      space = false;
      sb.append(Character.toLowerCase(c));
    }
    return sb.toString();
  }

  /** Whether the {@link #collapse} of {@code s} starts with {@code norm}, compared as it collapses. */
  private static boolean begintMet(String s, String norm) {
    int n = Math.min(s.length(), MAX_LABEL_SCAN);
    int len = norm.length();
    int k = 0;
    boolean space = false;
    for (int i = 0; i < n && k < len; i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\u00a0') {
        space = true;
        continue;
      }
      if (space && k > 0) {
        if (norm.charAt(k) != ' ') {
          return false;
        }
        k++;
        if (k == len) {
          return true;
        }
      }
      space = false;
      if (norm.charAt(k) != Character.toLowerCase(c)) {
        return false;
      }
      k++;
    }
    return k == len;
  }

  /** The offset in {@code s} after {@code n} characters of its collapsed form; -1 when beyond. */
  private static int originalOffset(String s, int n) {
    int count = 0;
    boolean pendingSpace = false;
    boolean started = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\u00a0') {
        pendingSpace = started;
        continue;
      }
      if (pendingSpace) {
        count++;
        pendingSpace = false;
        if (count == n) {
          return -1;
        }
      }
      started = true;
      count++;
      if (count == n) {
        return i + 1;
      }
    }
    return -1;
  }

  /** Whether {@code text} starts with a footnote body "[12:" followed by a space. */
  public static boolean isVoetnootBegin(String text, int at) {
    if (at >= text.length() || text.charAt(at) != '[') {
      return false;
    }
    int j = at + 1;
    while (j < text.length() && j - at <= 6 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
      j++;
    }
    return j > at + 1 && j + 1 < text.length() && text.charAt(j) == ':' && Character.isWhitespace(text.charAt(j + 1))
        || j > at + 1 && j + 1 == text.length() && text.charAt(j) == ':';
  }

  /**
   * Whether a line of free text would be taken for structure by the reader somewhere, so that the
   * writer must escape it. Deliberately broad: an escape too many costs one character.
   */
  public static boolean moetEscapen(String line) {
    return moetEscapen(line.toCharArray(), 0, line.length());
  }

  /**
   * {@link #moetEscapen(String)} of the line {@code b[off, off + n)}, without making it a string
   * unless it may be a label as a whole.
   */
  public static boolean moetEscapen(char[] b, int off, int n) {
    if (n == 0) {
      return false;
    }
    char c = b[off];
    if (c == ESCAPE || c == '[' || c == '\u2022' || c == '\u25cf' || c == '\u25aa' || c == '#' && n > 1 && b[off + 1] == '#') {
      return true;
    }
    switch (c) {
      case 'f':
      case 'F':
        if (startsWithLower(b, off, n, "fiche")) {
          return true;
        }
        break;
      case 'h':
      case 'H':
        if (startsWithLower(b, off, n, "herzien fiche")) {
          return true;
        }
        break;
      case 'd':
      case 'D':
        if (startsWithLower(b, off, n, "de minister") || startsWithLower(b, off, n, "de staatssecretaris")) {
          return true;
        }
        break;
      default:
        break;
    }
    if (heeftLetterOfNummer(b, off, n)) {
      return true;
    }
    if (b[off + n - 1] == ':' && n <= 100) {
      return true;
    }
    if (!LabelPrefixes.mayHoldLabel(b, off, n)) {
      return false;
    }
    if (n <= MAX_LABEL_SCAN && LabelPrefixes.mayBeLabel(b, off, n)) {
      String line = new String(b, off, n);
      if (kanLabelZijn(line, ALLE) && NORMS.contains(Veld.normaliseer(line))) {
        return true;
      }
    }
    return LabelPrefixes.startsWithLabel(b, off, n, MAX_LABEL_SCAN);
  }

  /**
   * Whether {@link #prefix} of the line (which starts with no bullet) would find a letter "a)" or a
   * number "1.": the same test without the copy of the rest of the line that {@code prefix} makes.
   */
  private static boolean heeftLetterOfNummer(char[] b, int off, int n) {
    int j = 0;
    while (j < n && j < 2 && b[off + j] >= 'a' && b[off + j] <= 'z') {
      j++;
    }
    if (j > 0 && j < n && b[off + j] == ')' && (j + 1 == n || b[off + j + 1] == ' ')) {
      return true;
    }
    j = 0;
    while (j < n && j < 3 && Character.isDigit(b[off + j]) && b[off + j] < 128) {
      j++;
    }
    return j > 0 && j < n && b[off + j] == '.' && (j + 1 == n || b[off + j + 1] == ' ');
  }

  /**
   * Whether the line in lower case ({@code toLowerCase(Locale.ROOT)}) starts with the ASCII
   * {@code prefix}, without lower-casing a copy. No character from U+0080 on lower-cases to a single
   * ASCII letter other than the Kelvin sign (to "k", which no prefix here holds), so any such
   * character is a mismatch.
   */
  private static boolean startsWithLower(char[] b, int off, int n, String prefix) {
    if (n < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      char c = b[off + i];
      if (c >= 0x80 || Character.toLowerCase(c) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
