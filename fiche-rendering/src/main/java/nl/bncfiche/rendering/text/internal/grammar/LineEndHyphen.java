package nl.bncfiche.rendering.text.internal.grammar;

import java.util.Set;

/**
 * The rule by which the reader undoes a hyphen at a line's end and the writer escapes a line the
 * reader would take so: a line ending in a letter and a hyphen, then a line starting with a
 * lower-case word that is no conjunction ("midden-" / "en kleinbedrijf" is a suspended compound,
 * not a broken word). After a lower-case letter the hyphen is the break's ("samen-" / "werking" is
 * "samenwerking"); after a capital it is the word's own ("EU-" / "fonds" is "EU-fonds").
 */
public final class LineEndHyphen {
  private static final Set<String> CONJUNCTIONS =
      Set.of("en", "of", "tot", "noch", "en/of", "and", "or");

  private LineEndHyphen() {}

  /** Whether a line whose text ends at {@code end} (exclusive) in {@code s} ends so. */
  public static boolean endsBroken(CharSequence s, int end) {
    return end >= 2 && s.charAt(end - 1) == '-' && Character.isLetter(s.charAt(end - 2));
  }

  /**
   * Whether the hyphen of a line ending so is the break's, to be dropped when the word is joined.
   */
  public static boolean hyphenIsTheBreaks(CharSequence s, int end) {
    return Character.isLowerCase(s.charAt(end - 2));
  }

  /**
   * Whether the line {@code s} from {@code from} to {@code end} starts with the rest of a broken
   * word: a lower-case letter first, and a first word that is no conjunction.
   */
  public static boolean continuesWord(CharSequence s, int from, int end) {
    if (from >= end || !Character.isLowerCase(s.charAt(from))) {
      return false;
    }
    int w = from;
    while (w < end && s.charAt(w) != ' ') {
      w++;
    }
    return !CONJUNCTIONS.contains(s.subSequence(from, w).toString());
  }
}
