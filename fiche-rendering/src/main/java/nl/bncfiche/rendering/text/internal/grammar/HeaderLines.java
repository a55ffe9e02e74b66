package nl.bncfiche.rendering.text.internal.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;

/**
 * The lines of the Kamerstuk header: the dossier ("22 112 Nieuwe Commissievoorstellen …"), "Nr.
 * 4085 BRIEF VAN …", "Aan de …", and "Den Haag, 20 juni 2025". The reader takes the lines at the
 * start of a text for the header while they are such lines; the writer keeps the cover letter's
 * first line from being one.
 */
public final class HeaderLines {
  private HeaderLines() {}

  /**
   * Whether the reader could take {@code t} for a header line, whatever came before it; a line that
   * starts in lower case continues a wrapped dossier title.
   */
  public static boolean mayBe(String t) {
    return dossierEnd(t) > 0
        || !t.isEmpty() && Character.isLowerCase(t.charAt(0))
        || t.startsWith("Nieuwe Commissievoorstellen")
        || isNumberLine(t)
        || t.startsWith("BRIEF VAN")
        || t.startsWith("Aan de ")
        || isPlaceAndDate(t);
  }

  /**
   * Whether {@code t} is the number line, "Nr. 4085" or "nr 4085", with a space, a tab or a
   * no-break space after "Nr." (a Word export writes a tab there).
   */
  public static boolean isNumberLine(String t) {
    if (t.length() < 4 || (t.charAt(0) != 'N' && t.charAt(0) != 'n') || t.charAt(1) != 'r') {
      return false;
    }
    int after = t.charAt(2) == '.' ? 3 : 2;
    return after < t.length() && isSpace(t.charAt(after));
  }

  /** The first space, tab or no-break space in {@code t}, or -1. */
  public static int firstSpace(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (isSpace(t.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0';
  }

  /**
   * Whether a line is "Place, date": a short capitalised place, a comma, then a date or a number.
   */
  public static boolean isPlaceAndDate(String t) {
    int comma = t.indexOf(", ");
    if (comma < 1 || comma > 40 || t.length() > 80 || !Character.isUpperCase(t.charAt(0))) {
      return false;
    }
    String rest = t.substring(comma + 2);
    return Parsed.parse(rest, NederlandseDatum::parse).isParsed()
        || !rest.isEmpty() && Character.isDigit(rest.charAt(0));
  }

  /**
   * The fields of a header written on one line ("Nr. 1999 Brief van de minister … Aan de Voorzitter
   * … Den Haag, 18 september 2015"), as {@code [start, end)} offsets of {@code t}: cut before "Nr.
   * N" after a dossier, before "Aan de ", and before a closing place and date. One range, the whole
   * line, when there is nothing to cut. Whether each part is a header field is for the caller.
   */
  public static List<int[]> fields(String t) {
    if (t.length() > 600) {
      return List.of(new int[] {0, t.length()});
    }
    TreeSet<Integer> cuts = new TreeSet<>();
    if (dossierEnd(t) > 0) {
      for (String nr : new String[] {" Nr. ", " nr. "}) {
        int at = t.indexOf(nr);
        if (at > 0 && at + nr.length() < t.length() && isDigit(t.charAt(at + nr.length()))) {
          cuts.add(at);
        }
      }
    }
    int aan = t.indexOf(" Aan de ");
    if (aan > 0) {
      cuts.add(aan);
    }
    int date = placeAndDateAtEnd(t);
    if (date > 0) {
      cuts.add(date);
    }
    List<int[]> fields = new ArrayList<>();
    int start = 0;
    for (int cut : cuts) {
      if (cut > start) {
        fields.add(new int[] {start, cut});
        start = cut + 1;
      }
    }
    fields.add(new int[] {start, t.length()});
    return fields;
  }

  /**
   * A header line {@code t} as the writer writes it: itself, unless the reader would cut it into
   * fields ({@link #fields}: a dossier title holding " nr. 12", a sender or addressee holding " Aan
   * de " or ending like a place and date). Then its head (the dossier and the title's first word,
   * "Nr. 4085" and the sender's first word, "BRIEF VAN", "Aan de" and the next word), which no cut
   * can split, and the rest on an escaped line, which the reader appends to that field as written.
   * Without the split, the reader would cut the line when the field it cuts off is not yet taken,
   * as it is not in the writer's order.
   */
  public static List<String> lines(String t) {
    int head = headEnd(t);
    if (head < 0 || fields(t).size() == 1 || fields(t.substring(0, head)).size() > 1) {
      return List.of(t);
    }
    return List.of(t.substring(0, head), Syntax.ESCAPE + t.substring(head + 1));
  }

  /**
   * The end of the head of header line {@code t} (see {@link #lines}): the space after the first
   * word past the field's mark, or -1 when there is none or the line is no such field.
   */
  private static int headEnd(String t) {
    int from;
    int d = dossierEnd(t);
    if (d > 0) {
      from = d + 1;
    } else if (isNumberLine(t)) {
      int nummer = t.indexOf(' ', t.charAt(2) == '.' ? 4 : 3);
      if (nummer < 0) {
        return -1;
      }
      from = nummer + 1;
    } else if (t.startsWith("BRIEF VAN")) {
      from = "BRIEF VAN".length();
    } else if (t.startsWith("Aan de ")) {
      from = "Aan de ".length();
    } else {
      return -1;
    }
    return from < t.length() ? t.indexOf(' ', from) : -1;
  }

  /**
   * Where a place and date that close {@code t} start (the space before them), or 0: "Den Haag" or
   * "'s-Gravenhage" when one of them stands there, else the shortest closing text that {@link
   * #isPlaceAndDate} takes.
   */
  private static int placeAndDateAtEnd(String t) {
    for (String place : new String[] {" Den Haag, ", " 's-Gravenhage, "}) {
      int at = t.lastIndexOf(place);
      if (at > 0 && isPlaceAndDate(t.substring(at + 1))) {
        return at;
      }
    }
    int spaces = 0;
    for (int p = t.length() - 1; p > 0 && spaces < 8; p--) {
      if (t.charAt(p) == ' ') {
        spaces++;
        if (isPlaceAndDate(t.substring(p + 1))) {
          return p;
        }
      }
    }
    return 0;
  }

  /** The end of a leading dossier number ("22 112", "22112"), or 0 when the line has none. */
  public static int dossierEnd(String t) {
    int i = 0;
    while (i < t.length() && i < 7 && isDigit(t.charAt(i))) {
      i++;
    }
    if (i == 0) {
      return 0;
    }
    while (i + 4 <= t.length()
        && t.charAt(i) == ' '
        && isDigit(t.charAt(i + 1))
        && isDigit(t.charAt(i + 2))
        && isDigit(t.charAt(i + 3))
        && (i + 4 == t.length() || !isDigit(t.charAt(i + 4)))) {
      i += 4;
    }
    if (i < t.length() && t.charAt(i) != ' ') {
      return 0;
    }
    if (i < t.length() && (t.length() < i + 2 || !Character.isLetter(t.charAt(i + 1)))) {
      return 0;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
