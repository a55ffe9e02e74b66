package nl.bncfiche.rendering.text.internal.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.bncfiche.model.sjabloon.Veld;
import nl.bncfiche.rendering.internal.Labels;
import nl.bncfiche.rendering.text.internal.grammar.LabelVariants.Variant;

/**
 * Recognises a section's heading or an item's label from {@link Veld} (any variant): a whole text,
 * or a label followed by its value ("Label: value", or a label glued to its value). Hand-written
 * scanning only, on at most {@link #MAX_LABEL_SCAN} characters of a line, so that a very long line
 * costs linear time.
 */
public final class LabelMatcher {
  /** Only this many characters of a line are looked at for a label; labels are much shorter. */
  static final int MAX_LABEL_SCAN = 400;

  private LabelMatcher() {}

  /** The section whose heading {@code text} is exactly (any variant), or null. */
  public static Veld section(String text) {
    if (text.length() > MAX_LABEL_SCAN) {
      return null;
    }
    Variant exact = LabelVariants.exactMatch(text, 0);
    if (exact != LabelVariants.UNDECIDED) {
      return exact == null ? null : exact.field();
    }
    if (!LabelVariants.mayNormaliseToLabel(text, LabelVariants.SECTIONS)) {
      return null;
    }
    String n = Labels.normaliseer(text);
    for (Variant v : LabelVariants.prefixCandidates(n)) {
      if (v.field().isSectie() && v.norm().equals(n)) {
        return v.field();
      }
    }
    return null;
  }

  /**
   * The section a numbered heading names when it is not one of the known variants: the heading of a
   * later wording of the same section ("Grondhouding ten aanzien van …"). Only for numbered
   * headings.
   */
  public static Veld relatedSection(String text) {
    if (text.length() > 300) {
      return null;
    }
    String n = Labels.normaliseer(text);
    for (var opening : HEADING_OPENINGS) {
      if (n.startsWith(opening.getValue())) {
        return opening.getKey();
      }
    }
    return null;
  }

  /** {@link Veld#getKopbeginnen()} of every section, normalised as a line is. */
  private static final List<Map.Entry<Veld, String>> HEADING_OPENINGS = headingOpenings();

  private static List<Map.Entry<Veld, String>> headingOpenings() {
    List<Map.Entry<Veld, String>> openings = new ArrayList<>();
    for (Veld section : Veld.secties()) {
      for (String opening : section.getKopbeginnen()) {
        openings.add(Map.entry(section, Labels.normaliseer(opening)));
      }
    }
    return List.copyOf(openings);
  }

  /** The item of {@code section} whose label {@code text} is exactly (any variant), or null. */
  public static Veld item(Veld section, String text) {
    if (text.length() > MAX_LABEL_SCAN) {
      return null;
    }
    Variant exact = LabelVariants.exactMatch(text, LabelVariants.group(section));
    if (exact != LabelVariants.UNDECIDED) {
      return exact == null ? null : exact.field();
    }
    if (!LabelVariants.mayNormaliseToLabel(
        text, section == null ? LabelVariants.SECTIONS : 2 + section.ordinal())) {
      return null;
    }
    String n = Labels.normaliseer(text);
    for (Variant v : LabelVariants.BY_SECTION.getOrDefault(section, List.of())) {
      if (v.norm().equals(n)) {
        return v.field();
      }
    }
    return null;
  }

  /**
   * An item label of {@code section} at the start of {@code text} followed by its value: "Label:
   * value", or a label glued to a value that starts with a capital or digit ("Nr.
   * CommissiedocumentCOM(2024) 26"). Null when the text does not start so.
   */
  public static LabelMatch itemWithValue(Veld section, String text) {
    Variant[] candidates = LabelVariants.itemCandidates(section, text);
    if (candidates == null) {
      return null;
    }
    for (Variant v : candidates) {
      if (!startsWithNorm(text, v.norm())) {
        continue;
      }
      int end = originalOffset(text, v.norm().length());
      if (end < 0) {
        continue;
      }
      String label = text.substring(0, end);
      int i = end;
      while (i < text.length() && text.charAt(i) == ' ') {
        i++;
      }
      if (i < text.length() && text.charAt(i) == ':') {
        int start = LinePrefix.skipSpaces(text, i + 1);
        String value = text.substring(start).strip();
        return new LabelMatch(v.field(), label, value.isEmpty() ? null : value, start);
      }
      if (i == end && i < text.length() && v.norm().indexOf(' ') > 0) {
        char c = text.charAt(i);
        if (Character.isUpperCase(c) || Character.isDigit(c)) {
          return new LabelMatch(v.field(), label, text.substring(i).strip(), i);
        }
      }
    }
    return null;
  }

  /**
   * Whether {@code s}, its white-space runs as one space and in lower case, starts with {@code
   * norm}; compared as it goes, without that copy.
   */
  private static boolean startsWithNorm(String s, String norm) {
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
}
