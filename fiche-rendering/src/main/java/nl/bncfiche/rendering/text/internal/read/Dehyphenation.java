package nl.bncfiche.rendering.text.internal.read;

import java.util.ArrayList;
import java.util.List;
import nl.bncfiche.rendering.text.internal.grammar.LineEndHyphen;

/**
 * Undoes hyphenation at line ends, as a PDF or a narrow rendering leaves it ("Commissie-" /
 * "document"), by the rule of {@link LineEndHyphen}: the next line's first word is moved up to the
 * end of the line, so that the word is whole on one line (and a label split so is a label again);
 * the hyphen goes when a lower-case letter is before it, and stays after a capital ("EU-fonds").
 * Each line keeps its number and the column of its first character; a line that held only the
 * fragment is dropped.
 *
 * <p>Not undone: a next word that is a conjunction ("midden-" / "en kleinbedrijf"), a next line
 * that starts otherwise than in lower case (also an escaped one). A compound whose own hyphen falls
 * at the line end between two lower-case letters ("zee-" / "egel") loses that hyphen: the lines
 * cannot tell it from a break. The canonical writer escapes a line that would be taken so ({@code
 * LineBuffer}).
 */
final class Dehyphenation {
  private Dehyphenation() {}

  /** {@code lines} with their line-end hyphenation undone; the same list when there is none. */
  static List<Line> apply(List<Line> lines) {
    int first = 0;
    while (first + 1 < lines.size() && !breaks(lines.get(first).text(), lines.get(first + 1))) {
      first++;
    }
    if (first + 1 >= lines.size()) {
      return lines;
    }
    List<Line> out = new ArrayList<>(lines.size());
    out.addAll(lines.subList(0, first));
    int i = first;
    Line current = lines.get(i);
    while (true) {
      if (i + 1 < lines.size() && breaks(current.text(), lines.get(i + 1))) {
        Line next = lines.get(i + 1);
        String t = next.text();
        int end = t.indexOf(' ');
        end = end < 0 ? t.length() : end;
        String c = current.text();
        Line joined =
            new Line(
                (LineEndHyphen.hyphenIsTheBreaks(c, c.length())
                        ? c.substring(0, c.length() - 1)
                        : c)
                    + t.substring(0, end),
                current.number(),
                current.column(),
                current.literal(),
                current.mayHoldBracket() || next.mayHoldBracket());
        int rest = end;
        while (rest < t.length() && t.charAt(rest) == ' ') {
          rest++;
        }
        if (rest < t.length()) {
          out.add(joined);
          current = next.part(t.substring(rest), rest);
        } else {
          // The next line was the fragment alone: it is gone, and the joined line may break again.
          current = joined;
        }
        i++;
      } else {
        out.add(current);
        i++;
        if (i >= lines.size()) {
          return out;
        }
        current = lines.get(i);
      }
    }
  }

  /** Whether {@code text} ends in a word broken before {@code next} ({@link LineEndHyphen}). */
  private static boolean breaks(String text, Line next) {
    String t = next.text();
    return LineEndHyphen.endsBroken(text, text.length())
        && LineEndHyphen.continuesWord(t, 0, t.length());
  }
}
