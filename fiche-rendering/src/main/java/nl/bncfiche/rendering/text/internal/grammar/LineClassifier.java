package nl.bncfiche.rendering.text.internal.grammar;

import java.util.Locale;
import nl.bncfiche.model.sjabloon.Veld;

/**
 * What a line is where that needs no context: a fiche's title line, an entry of the cover letter,
 * the letter's signature, a line that opens a fiche's sections, a section heading. The reader asks
 * these to find where the header, the letter and each fiche begin; within a fiche it takes the
 * section it is in into account.
 */
public final class LineClassifier {
  private LineClassifier() {}

  /**
   * The length of the marker that starts a letter entry ("Fiche: ", "Fiche - ", "Fiche – ", "Fiche
   * 3: ", "Herzien Fiche: ", and with {@code numbered} also "1. "), or 0 when the line starts with
   * none.
   */
  public static int entryMarkerLength(String t, boolean numbered) {
    int i;
    if (t.startsWith("Herzien Fiche")) {
      i = "Herzien Fiche".length();
    } else if (t.startsWith("Fiche")) {
      i = 5;
    } else if (numbered) {
      int j = 0;
      while (j < t.length() && j < 3 && isDigit(t.charAt(j))) {
        j++;
      }
      return j > 0 && j + 1 < t.length() && t.charAt(j) == '.' && t.charAt(j + 1) == ' '
          ? j + 1
          : 0;
    } else {
      return 0;
    }
    int j = i;
    if (j + 1 < t.length() && t.charAt(j) == ' ' && isDigit(t.charAt(j + 1))) {
      j++;
      while (j < t.length() && j - i < 4 && isDigit(t.charAt(j))) {
        j++;
      }
    }
    if (j < t.length() && t.charAt(j) == ':') {
      return j + 1;
    }
    if (j + 2 < t.length()
        && t.charAt(j) == ' '
        && (t.charAt(j + 1) == '-' || t.charAt(j + 1) == '–')
        && t.charAt(j + 2) == ' ') {
      return j + 2;
    }
    return 0;
  }

  /** Whether a line is the title line of a fiche ("Fiche: …", "Fiche 7: …"). */
  public static boolean isFicheTitle(String t) {
    int m = entryMarkerLength(t, false);
    return m > 0 && t.charAt(m - 1) == ':' && !t.startsWith("Herzien");
  }

  /**
   * Whether a line of the letter is its announcement: "… hierbij … fiche …" or "Overeenkomstig …
   * fiche …".
   */
  public static boolean isAnnouncement(String t) {
    String lower = t.toLowerCase(Locale.ROOT);
    return lower.contains("fiche")
        && (lower.contains("hierbij") || lower.startsWith("overeenkomstig"));
  }

  /**
   * Where the announcement ends in the text of its lines: after its first "(BNC)." or "(BNC):"; the
   * rest is a further sentence. The text's length when it has neither.
   */
  public static int announcementEnd(String text) {
    int cut = text.indexOf("(BNC).");
    if (cut < 0) {
      cut = text.indexOf("(BNC):");
    }
    return cut < 0 ? text.length() : cut + 6;
  }

  /**
   * Whether a line starts the letter's signature: "De minister …" or "De staatssecretaris …", in
   * any case.
   */
  public static boolean isSignature(String t) {
    return startsWithLower(t, "de minister") || startsWithLower(t, "de staatssecretaris");
  }

  /**
   * The section whose heading the line is, by its prefix: a known heading without bullet or letter,
   * or a numbered heading in a later wording of a known section; null when it is none.
   */
  public static Veld section(LinePrefix p) {
    if (!p.mayBeHeading()) {
      return null;
    }
    Veld s = LabelMatcher.section(p.rest());
    if (s == null && p.number() > 0) {
      s = LabelMatcher.relatedSection(p.rest());
    }
    return s;
  }

  /**
   * Whether a numbered line ("2. Label") is read as the item of {@code context} that it names: a
   * rendering that numbers every heading "1." numbers items so; in section 1 also with the value on
   * the same line (the 2007 generation's "Label: value"). False when {@code context} is null.
   */
  public static boolean readsAsNumberedItem(LinePrefix p, Veld context) {
    return context != null
        && p.number() >= 0
        && p.mayBeHeading()
        && (LabelMatcher.item(context, p.rest()) != null
            || context == Veld.ALGEMENE_GEGEVENS
                && LabelMatcher.itemWithValue(context, p.rest()) != null);
  }

  /**
   * Whether a line is the heading of a section the template does not know, "N. Kop": when numbered
   * headings were seen before ({@code numbered}), N is at least the last section number and at most
   * 30, and the text looks like a heading (a capital first, no final punctuation, at most 150
   * characters, no footnote reference).
   */
  public static boolean isUnknownHeading(LinePrefix p, int lastNumber, boolean numbered) {
    return p.mayBeHeading()
        && p.number() >= lastNumber
        && p.number() <= 30
        && numbered
        && looksLikeHeading(p.rest());
  }

  private static boolean looksLikeHeading(String t) {
    if (t.isEmpty() || t.length() > 150 || !Character.isUpperCase(t.charAt(0))) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    return last != '.'
        && last != ';'
        && last != ':'
        && last != ','
        && !t.contains(Syntax.FOOTNOTE_REF);
  }

  /**
   * Whether the value line {@code line} of section 1 would be read as the wrapped end of a label
   * begun on the line before it, {@code before}, or on the one before that, {@code beforeThat} (see
   * {@link #mayContinueLabel}): the reader joins them when together they make a section's heading
   * or an item's label. Either may be null (no such line).
   */
  public static boolean continuesLabel(String beforeThat, String before, String line) {
    return continuesLabel(Veld.ALGEMENE_GEGEVENS, beforeThat, before, line);
  }

  /**
   * {@link #continuesLabel(String, String, String)} in the section {@code context}, whose items'
   * labels the reader knows there.
   */
  public static boolean continuesLabel(
      Veld context, String beforeThat, String before, String line) {
    if (before == null || !mayContinueLabel(line, context)) {
      return false;
    }
    if (isLabelIn(context, before + " " + line)) {
      return true;
    }
    return beforeThat != null
        && mayContinueLabel(before, context)
        && isLabelIn(context, beforeThat + " " + before + " " + line);
  }

  /**
   * Whether {@code line} may be the wrapped end of a label of {@code context} (a section's items):
   * it starts in lower case, or it starts otherwise ("Regelgevingstoetsing", "(bij verordeningen)")
   * but has no number, letter or bullet and is no heading or label itself.
   */
  public static boolean mayContinueLabel(String line, Veld context) {
    if (line.isEmpty()) {
      return false;
    }
    if (Character.isLowerCase(line.charAt(0))) {
      return true;
    }
    LinePrefix p = LinePrefix.of(line);
    return !p.bullet()
        && p.letter().isEmpty()
        && p.number() < 0
        && LabelMatcher.section(p.rest()) == null
        && LabelMatcher.item(context, p.rest()) == null;
  }

  private static boolean isLabelIn(Veld context, String t) {
    LinePrefix p = LinePrefix.of(t);
    return LabelMatcher.section(p.rest()) != null || LabelMatcher.item(context, p.rest()) != null;
  }

  /**
   * Whether "Label:" alone, after a blank line in section 1, is the label line of an item the
   * template does not know (the 2007 generation, without letters): one colon, at its end, a capital
   * first, at most 100 characters, and no known label or heading, no fiche's title.
   */
  public static boolean isUnknownItemLabel(String line) {
    LinePrefix p = LinePrefix.of(line);
    return line.length() <= 100
        && Character.isUpperCase(line.charAt(0))
        && line.indexOf(':') == line.length() - 1
        && p.mayBeHeading()
        && p.number() < 0
        && section(p) == null
        && !isFicheTitle(line)
        && LabelMatcher.item(Veld.ALGEMENE_GEGEVENS, line) == null
        && LabelMatcher.itemWithValue(Veld.ALGEMENE_GEGEVENS, line) == null;
  }

  /**
   * Whether a line opens a fiche's sections: a section heading, or, without number, bullet or
   * letter, a label of section 1 (a fiche whose section 1 has no heading).
   */
  public static boolean opensSections(String t) {
    LinePrefix p = LinePrefix.of(t);
    return section(p) != null
        || p.mayBeHeading()
            && p.number() < 0
            && LabelMatcher.item(Veld.ALGEMENE_GEGEVENS, p.rest()) != null;
  }

  /**
   * Whether a line may open a fiche that has no title line: a section heading, or a label of
   * section 1 with or without its letter ("a) Titel voorstel") or number, without a bullet.
   */
  public static boolean opensUntitledFiche(String t) {
    LinePrefix p = LinePrefix.of(t);
    return section(p) != null
        || !p.bullet() && LabelMatcher.item(Veld.ALGEMENE_GEGEVENS, p.rest()) != null;
  }

  /**
   * Whether {@code t} in lower case ({@code toLowerCase(Locale.ROOT)}) starts with the ASCII
   * letters and spaces of {@code prefix}, without lower-casing a copy. Of the characters from
   * U+0080 on, only U+0130 (to "i" and a combining dot, which no prefix continues with) and the
   * Kelvin sign (to "k", which no prefix here holds) lower-case to ASCII, so any such character is
   * a mismatch.
   */
  private static boolean startsWithLower(String t, String prefix) {
    if (t.length() < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      char c = t.charAt(i);
      if (c >= 0x80 || Character.toLowerCase(c) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
