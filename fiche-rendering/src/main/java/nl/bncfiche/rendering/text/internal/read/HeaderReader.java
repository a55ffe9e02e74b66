package nl.bncfiche.rendering.text.internal.read;

import java.util.List;
import java.util.Optional;
import nl.bncfiche.model.ImmutableKamerstukKop;
import nl.bncfiche.model.KamerstukKop;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.rendering.text.internal.grammar.HeaderLines;
import nl.bncfiche.rendering.text.internal.grammar.LineClassifier;

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

  /** Reads the header lines from {@code start}. */
  Result read(int start) {
    ImmutableKamerstukKop.Builder kop = KamerstukKop.builder();
    boolean found = false;
    int i = start;
    boolean dossier = false;
    boolean titel = false;
    boolean nummer = false;
    boolean afzender = false;
    boolean aan = false;
    boolean datum = false;
    String dossierTitel = "";
    while (i < lines.size()) {
      Line r = lines.get(i).withPlainSpaces();
      if (r.isEmpty()) {
        i++;
        continue;
      }
      String t = r.text();
      if (LineClassifier.entryMarkerLength(t, false) > 0) {
        // "Fiche: Den Haag, 1 maart 2024" is a fiche's title or a listed fiche, never place and
        // date.
        break;
      }
      int d = HeaderLines.dossierEnd(t);
      if (!dossier && d > 0) {
        dossier = true;
        kop.dossier(t.substring(0, d));
        report.position("/kop/dossier", r);
        if (d < t.length()) {
          dossierTitel = t.substring(d).strip();
          kop.dossierTitel(dossierTitel);
          titel = true;
        }
      } else if (dossier && !titel && !nummer && t.startsWith("Nieuwe Commissievoorstellen")) {
        kop.dossierTitel(t);
        dossierTitel = t;
        titel = true;
      } else if (titel && !nummer && Character.isLowerCase(t.charAt(0)) && !t.startsWith("nr")) {
        // The dossier's title wrapped over two lines.
        dossierTitel = dossierTitel + " " + t;
        kop.dossierTitel(dossierTitel);
      } else if (!nummer
          && (t.startsWith("Nr. ")
              || t.startsWith("nr. ")
              || t.startsWith("Nr ")
              || t.startsWith("nr "))) {
        String rest = t.substring(t.indexOf(' ') + 1).strip();
        int sp = rest.indexOf(' ');
        kop.nummer(sp < 0 ? rest : rest.substring(0, sp));
        report.position("/kop/nummer", r);
        nummer = true;
        if (sp > 0) {
          kop.afzender(rest.substring(sp + 1).strip());
          afzender = true;
        }
      } else if (!afzender && t.startsWith("BRIEF VAN")) {
        kop.afzender(t);
        afzender = true;
      } else if (!aan && t.startsWith("Aan de ")) {
        kop.geadresseerde(t);
        report.position("/kop/geadresseerde", r);
        aan = true;
      } else if (!datum && HeaderLines.isPlaceAndDate(t)) {
        int comma = t.indexOf(", ");
        kop.plaats(t.substring(0, comma));
        kop.datum(Parsed.parse(t.substring(comma + 2), NederlandseDatum::parse));
        report.position("/kop/datum", r.part(t, comma + 2));
        datum = true;
      } else {
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
}
