package nl.bncfiche.integration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.bncfiche.integration.CanonicalLines.Kind;
import nl.bncfiche.integration.CanonicalLines.Line;

/**
 * Page chrome of published renderings, put between the blocks of a text where a page would end: the
 * official publication's table rows {@code Tweede Kamer der Staten-Generaal | 2 |} and {@code
 * Vergaderjaar 2025-2026 |} (also above the Kamerstuk header, as on its first page), a PDF's
 * running head {@code Tweede Kamer, vergaderjaar 2025–2026, 22 112, nr. 4246 3}, or a bare page
 * number. One style per document; the session year and the number are the header's, else drawn.
 */
final class PageChrome {
  /** About the characters of one printed page. */
  private static final int PAGE_CHARS = 2_500;

  private static final Pattern DATE = Pattern.compile("Den Haag, \\d+ (\\p{L}+) (\\d{4})");
  private static final Pattern NUMBER = Pattern.compile("Nr\\. (\\d{1,5}) .*");

  /** The months in which a parliamentary session year has begun (it starts in September). */
  private static final List<String> LATE_MONTHS =
      List.of("september", "oktober", "november", "december");

  private PageChrome() {}

  static List<Line> insert(List<Line> lines, Random r) {
    int style = r.nextInt(3);
    int year = 2008 + r.nextInt(19);
    int nummer = 1_000 + r.nextInt(4_000);
    for (Line l : lines) {
      Matcher date = DATE.matcher(l.body());
      Matcher nr = NUMBER.matcher(l.body());
      if (l.kind() == Kind.HEADER && date.matches()) {
        year = Integer.parseInt(date.group(2)) - (LATE_MONTHS.contains(date.group(1)) ? 0 : 1);
      } else if (l.kind() == Kind.HEADER && nr.matches()) {
        nummer = Integer.parseInt(nr.group(1));
      }
    }
    int page = 1;
    List<Line> out = new ArrayList<>();
    if (style == 0 && !lines.isEmpty() && lines.get(0).kind() == Kind.HEADER) {
      out.addAll(chrome(style, year, nummer, page, lines.get(0)));
    }
    int chars = 0;
    int inserted = 0;
    int room = PAGE_CHARS + r.nextInt(1_000);
    for (Line l : lines) {
      out.add(l);
      chars += l.text().length() + 1;
      if (l.kind() == Kind.BLANK && chars >= room) {
        page++;
        out.addAll(chrome(style, year, nummer, page, l));
        out.add(l);
        inserted++;
        chars = 0;
        room = PAGE_CHARS + r.nextInt(1_000);
      }
    }
    if (inserted == 0) {
      for (int i = out.size() / 2; i < out.size(); i++) {
        if (out.get(i).kind() == Kind.BLANK) {
          Line blank = out.get(i);
          List<Line> c = new ArrayList<>(chrome(style, year, nummer, page + 1, blank));
          c.add(blank);
          out.addAll(i + 1, c);
          break;
        }
      }
    }
    return out;
  }

  private static List<Line> chrome(int style, int year, int nummer, int page, Line near) {
    List<String> texts =
        switch (style) {
          case 0 ->
              List.of(
                  String.format(Locale.ROOT, "Tweede Kamer der Staten-Generaal | %d |", page),
                  String.format(Locale.ROOT, "Vergaderjaar %d-%d |", year, year + 1));
          case 1 ->
              List.of(
                  String.format(
                      Locale.ROOT,
                      "Tweede Kamer, vergaderjaar %d\u2013%d, 22 112, nr. %d %d",
                      year,
                      year + 1,
                      nummer,
                      page));
          default -> List.of(String.valueOf(page));
        };
    List<Line> out = new ArrayList<>();
    for (String t : texts) {
      out.add(Line.of(Kind.CHROME, near.veld(), t));
    }
    return out;
  }
}
