package nl.bncfiche.rendering.text.internal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.bncfiche.model.ImmutableKamerstukKop;
import nl.bncfiche.model.KamerstukKop;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.rendering.text.internal.grammar.HeaderLines;
import nl.bncfiche.rendering.text.internal.grammar.LineClassifier;
import nl.bncfiche.rendering.text.internal.grammar.Syntax;

/**
 * Reads the Kamerstuk header lines at the start of a text: a dossier line ("22 112 Nieuwe
 * Commissievoorstellen …", or the number and the title on two lines), "Nr. 4085" with or without
 * the sender "BRIEF VAN …" on the same line, "Aan de …", and "Den Haag, 20 juni 2025"; read while
 * lines match, in any order.
 */
final class HeaderReader {
  /**
   * What the header lines gave.
   *
   * @param kop the header; empty when the text starts with none of its lines
   * @param end the index of the first line after the header (its start when there is none)
   */
  record Result(Optional<KamerstukKop> kop, int end) {}

  private final List<Line> lines;
  private final ReadReport report;

  HeaderReader(List<Line> lines, ReadReport report) {
    this.lines = lines;
    this.report = report;
  }

  /** The fields an escaped line continues ({@code HeaderLines.lines}). */
  private enum Open {
    NONE,
    TITEL,
    AFZENDER,
    GEADRESSEERDE
  }

  /**
   * Which header fields were read; a field is taken once. {@code open} is the field that the last
   * line ended with, when an escaped line may continue it, and {@code text} that field's text.
   */
  private static final class State {
    boolean dossier;
    boolean titel;
    boolean nummer;
    boolean afzender;
    boolean aan;
    boolean datum;
    String dossierTitel = "";
    Open open = Open.NONE;
    String text = "";

    State copy() {
      State c = new State();
      c.dossier = dossier;
      c.titel = titel;
      c.nummer = nummer;
      c.afzender = afzender;
      c.aan = aan;
      c.datum = datum;
      c.dossierTitel = dossierTitel;
      c.open = open;
      c.text = text;
      return c;
    }

    void open(Open field, String value) {
      open = field;
      text = value;
    }
  }

  /** Reads the header lines from {@code start}. */
  Result read(int start) {
    ImmutableKamerstukKop.Builder kop = KamerstukKop.builder();
    State state = new State();
    boolean found = false;
    int i = start;
    while (i < lines.size()) {
      Line r = lines.get(i).withPlainSpaces();
      if (r.isEmpty()) {
        i++;
        continue;
      }
      if (LineClassifier.entryMarkerLength(r.text(), false) > 0) {
        // "Fiche: Den Haag, 1 maart 2024" is a fiche's title or a listed fiche, never place and
        // date.
        break;
      }
      if (state.open != Open.NONE && r.text().length() > 1 && r.text().charAt(0) == Syntax.ESCAPE) {
        // The rest of a line the writer wrapped because the reader would cut it.
        continueField(state, kop, r.text().substring(1));
        i++;
        continue;
      }
      if (wrapsDossierTitle(state, r, i)) {
        continueField(state, kop, r.text());
        i++;
        continue;
      }
      List<Line> fields = fields(r, state);
      for (Line f : fields) {
        accept(f, state, kop, true);
      }
      if (fields.isEmpty()) {
        break;
      }
      if (!found) {
        report.position("/kop", r);
      }
      found = true;
      i++;
    }
    return found ? new Result(Optional.of(kop.build()), i) : new Result(Optional.empty(), start);
  }

  /** Appends {@code rest} to the field that the last line ended with. */
  private static void continueField(State s, ImmutableKamerstukKop.Builder kop, String rest) {
    s.text = s.text + " " + rest;
    switch (s.open) {
      case TITEL -> {
        s.dossierTitel = s.text;
        kop.dossierTitel(s.text);
      }
      case AFZENDER -> kop.afzender(s.text);
      case GEADRESSEERDE -> kop.geadresseerde(s.text);
      case NONE -> throw new IllegalStateException("no field to continue");
    }
  }

  /**
   * Whether line {@code i} is the end of a dossier title wrapped before a capital ("… van de
   * Europese" / "Unie"): right after the title, short, no header line itself, and followed at once
   * by the number line, the sender or the addressee. (A continuation in lower case is taken without
   * the look ahead, in {@link #accept}.)
   */
  private boolean wrapsDossierTitle(State s, Line r, int i) {
    String t = r.text();
    if (s.open != Open.TITEL || s.nummer || s.afzender || s.aan || s.datum || t.length() > 60) {
      return false;
    }
    if (HeaderLines.mayBe(t) || i + 1 >= lines.size()) {
      return false;
    }
    String next = lines.get(i + 1).withPlainSpaces().text();
    return HeaderLines.isNumberLine(next)
        || next.startsWith("BRIEF VAN")
        || next.startsWith("Aan de ");
  }

  /**
   * The header fields line {@code r} holds: itself when it is one, its parts when the header was
   * written on one line and every part is a field in turn, none when it is no header line.
   */
  private List<Line> fields(Line r, State state) {
    String t = r.text();
    List<int[]> ranges = HeaderLines.fields(t);
    if (ranges.size() > 1) {
      List<Line> parts = new ArrayList<>(ranges.size());
      State trial = state.copy();
      ImmutableKamerstukKop.Builder scratch = KamerstukKop.builder();
      for (int[] range : ranges) {
        Line part = r.part(t.substring(range[0], range[1]).strip(), range[0]);
        if (part.isEmpty() || !accept(part, trial, scratch, false)) {
          parts = null;
          break;
        }
        parts.add(part);
      }
      if (parts != null) {
        return parts;
      }
    }
    return accept(r, state.copy(), KamerstukKop.builder(), false) ? List.of(r) : List.of();
  }

  /**
   * Takes line {@code r} as the next header field into {@code kop} when it is one; {@code record}
   * says whether to note its position. Returns whether it was a field.
   */
  private boolean accept(Line r, State s, ImmutableKamerstukKop.Builder kop, boolean record) {
    String t = r.text();
    int d = HeaderLines.dossierEnd(t);
    if (!s.dossier && d > 0) {
      s.dossier = true;
      kop.dossier(t.substring(0, d));
      position(record, "/kop/dossier", r);
      s.open(Open.NONE, "");
      if (d < t.length()) {
        titel(s, kop, t.substring(d).strip());
      }
    } else if (s.dossier && !s.titel && !s.nummer && t.startsWith("Nieuwe Commissievoorstellen")) {
      titel(s, kop, t);
    } else if (s.titel && !s.nummer && Character.isLowerCase(t.charAt(0)) && !t.startsWith("nr")) {
      // The dossier's title wrapped over two lines.
      titel(s, kop, s.dossierTitel + " " + t);
    } else if (!s.nummer && HeaderLines.isNumberLine(t)) {
      String rest = t.substring(t.charAt(2) == '.' ? 3 : 2).strip();
      int sp = HeaderLines.firstSpace(rest);
      kop.nummer(sp < 0 ? rest : rest.substring(0, sp));
      position(record, "/kop/nummer", r);
      s.nummer = true;
      s.open(Open.NONE, "");
      if (sp > 0) {
        String afzender = rest.substring(sp + 1).strip();
        kop.afzender(afzender);
        s.afzender = true;
        s.open(Open.AFZENDER, afzender);
      }
    } else if (!s.afzender && t.startsWith("BRIEF VAN")) {
      kop.afzender(t);
      s.afzender = true;
      s.open(Open.AFZENDER, t);
    } else if (!s.aan && t.startsWith("Aan de ")) {
      kop.geadresseerde(t);
      position(record, "/kop/geadresseerde", r);
      s.aan = true;
      s.open(Open.GEADRESSEERDE, t);
    } else if (!s.datum && HeaderLines.isPlaceAndDate(t)) {
      int comma = t.indexOf(", ");
      kop.plaats(t.substring(0, comma));
      kop.datum(Parsed.parse(t.substring(comma + 2), NederlandseDatum::parse));
      position(record, "/kop/datum", r.part(t, comma + 2));
      s.datum = true;
      s.open(Open.NONE, "");
    } else {
      return false;
    }
    return true;
  }

  private static void titel(State s, ImmutableKamerstukKop.Builder kop, String titel) {
    s.dossierTitel = titel;
    kop.dossierTitel(titel);
    s.titel = true;
    s.open(Open.TITEL, titel);
  }

  private void position(boolean record, String pointer, Line r) {
    if (record) {
      report.position(pointer, r);
    }
  }
}
