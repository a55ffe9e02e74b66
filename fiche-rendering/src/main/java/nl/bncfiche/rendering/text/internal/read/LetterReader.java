package nl.bncfiche.rendering.text.internal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.bncfiche.model.Aanbiedingsbrief;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.ImmutableAanbiedingsbrief;
import nl.bncfiche.model.ImmutableBriefVermelding;
import nl.bncfiche.model.id.KamerstukReferentie;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.sjabloon.Telwoorden;
import nl.bncfiche.rendering.internal.BriefLayout;
import nl.bncfiche.rendering.text.ReadFinding;
import nl.bncfiche.rendering.text.internal.grammar.LineClassifier;
import nl.bncfiche.rendering.text.internal.grammar.LinePrefix;
import nl.bncfiche.rendering.text.internal.grammar.Syntax;

/**
 * Reads the cover letter between the header and the first fiche: the announcement (lines joined
 * until one ends a sentence; the first sentence up to "(BNC)." is the announcement, the rest of its
 * paragraph and later lines before the list are further sentences); entries starting with a marker
 * ("Fiche: ", "Fiche - ", "Fiche – ", "Fiche 3: ", "Herzien Fiche: ", or "1. " in 2008 letters),
 * where a following line without a marker continues the entry (a wrapped line); the signature from
 * a line starting "De minister" or "De staatssecretaris", with the name after its comma or on the
 * next line.
 */
final class LetterReader {
  /**
   * What the lines before the first fiche gave.
   *
   * @param brief the letter, or those lines as its further sentences
   * @param recognised whether they hold an announcement, an entry or a signature: a letter, not
   *     just text before the first fiche
   */
  record Result(Aanbiedingsbrief brief, boolean recognised) {}

  /** A listed fiche as written: its marker, its text (wrapped lines joined), and its first line. */
  private record Entry(String marker, String text, Line line) {}

  private final List<Line> lines;
  private final ReadReport report;

  LetterReader(List<Line> lines, ReadReport report) {
    this.lines = lines;
    this.report = report;
  }

  /** Reads the letter in lines {@code [start, end)}; empty when they hold no text. */
  Optional<Result> read(int start, int end) {
    ImmutableAanbiedingsbrief.Builder b = Aanbiedingsbrief.builder();
    List<Entry> entries = new ArrayList<>();
    List<String> zinnen = new ArrayList<>();
    boolean announced = false;
    boolean signed = false;
    boolean any = false;
    boolean numbered = false;
    boolean first = true;
    String aankondiging = null;
    for (int i = start; i < end; i++) {
      Line r = lines.get(i).withPlainSpaces();
      if (r.isEmpty()) {
        continue;
      }
      if (first) {
        first = false;
        report.position("/brief", r);
      }
      if (r.text().charAt(0) == Syntax.ESCAPE) {
        r = r.withoutEscape();
      }
      String t = r.text();
      if (!announced && entries.isEmpty() && !r.literal() && LineClassifier.isAnnouncement(t)) {
        StringBuilder sb = new StringBuilder(t);
        while (!endsSentence(sb)
            && i + 1 < end
            && !lines.get(i + 1).isEmpty()
            && LineClassifier.entryMarkerLength(lines.get(i + 1).text(), true) == 0
            && sb.length() < 5000) {
          i++;
          sb.append(' ').append(lines.get(i).withPlainSpaces().text());
        }
        String all = sb.toString();
        int cut = LineClassifier.announcementEnd(all);
        String zin = all.substring(0, cut);
        String rest = all.substring(cut).strip();
        aankondiging = zin;
        report.position("/brief/aankondiging", r);
        announcedCount(zin, b, r);
        if (!rest.isEmpty()) {
          report.position("/brief/aanvullendeZinnen/", "", zinnen.size(), r);
          zinnen.add(rest);
        }
        announced = true;
        numbered = zin.endsWith(":");
        any = true;
        continue;
      }
      if (!r.literal() && LineClassifier.isSignature(t)) {
        i = signature(r, i, end, b);
        signed = true;
        any = true;
        continue;
      }
      // An entry may be an item of a bulleted list (HTML's list of entries, once in Word)
      int bullet = r.literal() ? 0 : LinePrefix.listItemMarking(t);
      String e = t.substring(bullet);
      int m =
          r.literal()
              ? 0
              : LineClassifier.entryMarkerLength(
                  e, numbered || !entries.isEmpty() && isDigit(entries.get(0).marker().charAt(0)));
      if (m > 0 && !signed) {
        entries.add(new Entry(e.substring(0, m).strip(), e.substring(m).strip(), r));
        any = true;
        continue;
      }
      boolean wrapped = !entries.isEmpty() && !lines.get(i - 1).isEmpty() && !signed;
      if (wrapped) {
        Entry last = entries.get(entries.size() - 1);
        entries.set(
            entries.size() - 1, new Entry(last.marker(), last.text() + " " + t, last.line()));
        continue;
      }
      if (!entries.isEmpty() || signed) {
        report.warn(
            r,
            ReadFinding.TEXT_OUTSIDE_ENTRY,
            "/brief/aanvullendeZinnen/" + zinnen.size(),
            "tekst in de brief buiten een vermelding, bewaard als aanvullende zin",
            "text in the letter outside an entry, kept as a further sentence");
      }
      report.position("/brief/aanvullendeZinnen/", "", zinnen.size(), r);
      zinnen.add(t);
    }
    if (!any && zinnen.isEmpty()) {
      return Optional.empty();
    }
    b.aanvullendeZinnen(zinnen);
    for (int k = 0; k < entries.size(); k++) {
      b.addVermelding(vermelding(entries.get(k).marker(), entries.get(k).text()));
      report.position("/brief/vermeldingen/", "", k, entries.get(k).line());
    }
    Aanbiedingsbrief brief = b.build();
    if (aankondiging != null && !aankondiging.equals(BriefLayout.aankondiging(brief))) {
      brief = ImmutableAanbiedingsbrief.copyOf(brief).withAankondiging(aankondiging);
    }
    return Optional.of(new Result(brief, any));
  }

  /**
   * The signature starting at line {@code i}, {@code r}: the role, and the name after the role's
   * comma or on the next line with text; returns the index of the signature's last line.
   */
  private int signature(Line r, int i, int end, ImmutableAanbiedingsbrief.Builder b) {
    String t = r.text();
    int comma = t.indexOf(',');
    b.ondertekenaarFunctie(comma < 0 ? t : t.substring(0, comma).strip());
    report.position("/brief/ondertekenaarFunctie", r);
    String naam = comma < 0 ? "" : t.substring(comma + 1).strip();
    if (!naam.isEmpty()) {
      b.ondertekenaarNaam(naam);
      report.position("/brief/ondertekenaarNaam", r.part(naam, comma + 1));
      return i;
    }
    int j = i + 1;
    while (j < end && lines.get(j).isEmpty()) {
      j++;
    }
    if (j < end && LineClassifier.entryMarkerLength(lines.get(j).text(), false) == 0) {
      b.ondertekenaarNaam(lines.get(j).text());
      report.position("/brief/ondertekenaarNaam", lines.get(j));
      return j;
    }
    return i;
  }

  private static boolean endsSentence(CharSequence sb) {
    char c = sb.charAt(sb.length() - 1);
    return c == '.' || c == ':' || c == ';';
  }

  /** The announced count: the word before "fiche(s)", in digits or a Dutch number word. */
  private void announcedCount(String zin, ImmutableAanbiedingsbrief.Builder b, Line r) {
    String lower = zin.toLowerCase(Locale.ROOT);
    int at = 0;
    while (true) {
      int f = lower.indexOf(" fiche", at);
      if (f < 0) {
        return;
      }
      int s = f;
      while (s > 0 && lower.charAt(s - 1) != ' ') {
        s--;
      }
      String word = zin.substring(s, f);
      String wl = word.toLowerCase(Locale.ROOT);
      Integer n = null;
      if (!word.isEmpty()
          && word.length() <= 4
          && word.chars().allMatch(c -> c >= '0' && c <= '9')) {
        n = Integer.parseInt(word);
      } else {
        n = Telwoorden.waarde(wl).filter(x -> x > 0).orElse(null);
      }
      if (n != null) {
        b.aangekondigdAantal(n).aantalZoalsGeschreven(word);
        report.position("/brief/aangekondigdAantal", r);
        return;
      }
      at = f + 1;
    }
  }

  /** One entry: prefix "MFK – " or "[MFK] ", title, and a final "(Kamerstuk …)". */
  static BriefVermelding vermelding(String markering, String rest) {
    ImmutableBriefVermelding.Builder v = BriefVermelding.builder().markering(markering);
    String t = rest;
    if (t.endsWith(".") || t.endsWith(";")) {
      t = t.substring(0, t.length() - 1).stripTrailing();
    }
    if (t.endsWith(")")) {
      int depth = 0;
      int open = -1;
      for (int i = t.length() - 1; i >= 0; i--) {
        char c = t.charAt(i);
        if (c == ')') {
          depth++;
        } else if (c == '(' && --depth == 0) {
          open = i;
          break;
        }
      }
      if (open >= 0) {
        String inner = t.substring(open + 1, t.length() - 1).strip();
        if (inner.toLowerCase(Locale.ROOT).startsWith("kamerstuk")) {
          v.referentie(Parsed.parse(inner, KamerstukReferentie::parse));
          t = t.substring(0, open).strip();
        }
      }
    }
    if (t.startsWith("[")) {
      int close = t.indexOf(']');
      if (close > 1 && close <= 8 && isAbbreviation(t.substring(1, close))) {
        v.voorvoegsel(t.substring(1, close));
        t = t.substring(close + 1).strip();
      }
    } else {
      int dash = t.indexOf(" – ");
      if (dash < 0) {
        dash = t.indexOf(" - ");
      }
      if (dash >= 2 && dash <= 6 && isAbbreviation(t.substring(0, dash))) {
        v.voorvoegsel(t.substring(0, dash));
        t = t.substring(dash + 3).strip();
      }
    }
    return v.titel(t).build();
  }

  private static boolean isAbbreviation(String s) {
    if (s.length() < 2 || s.length() > 6) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isUpperCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
