package nl.bncfiche.rendering.text.internal.grammar;

import static nl.bncfiche.rendering.text.internal.grammar.LabelVariants.ALLE;
import static nl.bncfiche.rendering.text.internal.grammar.LabelVariants.BY_SECTIE;
import static nl.bncfiche.rendering.text.internal.grammar.LabelVariants.NORMS;
import static nl.bncfiche.rendering.text.internal.grammar.LabelVariants.ONBEKEND;
import static nl.bncfiche.rendering.text.internal.grammar.LabelVariants.SECTIES;
import static nl.bncfiche.rendering.text.internal.grammar.LabelVariants.gelijk;
import static nl.bncfiche.rendering.text.internal.grammar.LabelVariants.groep;
import static nl.bncfiche.rendering.text.internal.grammar.LabelVariants.itemKandidatenVan;
import static nl.bncfiche.rendering.text.internal.grammar.LabelVariants.kanLabelZijn;
import static nl.bncfiche.rendering.text.internal.grammar.LabelVariants.prefixKandidaten;

import java.util.List;
import nl.bncfiche.rendering.internal.Veld;
import nl.bncfiche.rendering.text.internal.grammar.LabelVariants.Variant;

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
   * Whether {@code s}, its white-space runs as one space and in lower case, starts with {@code norm};
   * compared as it goes, without that copy.
   */
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
    if (!LabelTrie.mayHoldLabel(b, off, n)) {
      return false;
    }
    if (n <= MAX_LABEL_SCAN && LabelTrie.mayBeLabel(b, off, n)) {
      String line = new String(b, off, n);
      if (kanLabelZijn(line, ALLE) && NORMS.contains(Veld.normaliseer(line))) {
        return true;
      }
    }
    return LabelTrie.startsWithLabel(b, off, n, MAX_LABEL_SCAN);
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
