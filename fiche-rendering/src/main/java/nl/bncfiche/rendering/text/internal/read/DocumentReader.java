package nl.bncfiche.rendering.text.internal.read;

import java.util.List;
import java.util.Optional;
import nl.bncfiche.model.Aanbiedingsbrief;
import nl.bncfiche.model.ImmutableKamerstukDocument;
import nl.bncfiche.model.ImmutableKamerstukKop;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.KamerstukKop;
import nl.bncfiche.rendering.text.FicheReadException;
import nl.bncfiche.rendering.text.internal.grammar.LineClassifier;
import nl.bncfiche.rendering.text.internal.grammar.MarkerLine;

/**
 * Reads a whole text: header, letter, then each fiche from its title line "Fiche: …" (or "Fiche 7: …")
 * to the next one. Inside the letter, a "Fiche: " line is a listed fiche unless a section heading (or
 * the canonical marker line) follows it, or the letter's signature came before it.
 */
public final class DocumentReader {
  private final List<Line> regels;
  private final ReadReport verslag;

  private DocumentReader(List<Line> regels) {
    this.regels = regels;
    // About one position per line, and a few more.
    this.verslag = new ReadReport(regels.size() + 32);
  }

  /** Reads {@code text}; positions and warnings go to {@link #verslag()}. */
  public static DocumentReader lees(String text, KamerstukDocument[] result) {
    DocumentReader d = new DocumentReader(Input.regels(text));
    result[0] = d.document();
    return d;
  }

  /** Positions and warnings. */
  public ReadReport verslag() {
    return verslag;
  }

  private KamerstukDocument document() {
    ImmutableKamerstukDocument.Builder doc = KamerstukDocument.builder();
    LetterReader brief = new LetterReader(regels, verslag);
    ImmutableKamerstukKop.Builder kop = KamerstukKop.builder();
    boolean[] kopGevonden = new boolean[1];
    int i = brief.kop(0, kop, kopGevonden);
    if (kopGevonden[0]) {
      doc.kop(kop.build());
    }
    int begin = eersteFiche(i);
    Optional<Aanbiedingsbrief> b = brief.brief(i, begin);
    if (brief.herkend) {
      doc.brief(b.get());
    }
    int n = 0;
    int k = begin;
    while (k < regels.size()) {
      int next = k + 1;
      while (next < regels.size() && !(LineClassifier.isFicheTitle(regels.get(next).tekst))) {
        next++;
      }
      doc.addFiches(fiche(k, next, "/fiches/" + n));
      n++;
      k = next;
    }
    KamerstukDocument result = doc.build();
    if (!kopGevonden[0] && !brief.herkend && result.getFiches().isEmpty()) {
      Line first = firstText();
      throw new FicheReadException(first.nummer, first.kolom,
          "Geen fiche: er is geen aanbiedingsbrief, Kamerstukkop of regel 'Fiche: <titel>' met bekende koppen"
              + " gevonden; verwacht bijvoorbeeld 'Fiche: <titel>' gevolgd door '1. Algemene gegevens'.",
          "Not a fiche: found no cover letter, Kamerstuk header or 'Fiche: <title>' line with known headings;"
              + " expected for example 'Fiche: <title>' followed by '1. Algemene gegevens'.");
    }
    if (!brief.herkend && b.isPresent()) {
      // Lines before the first fiche that are no letter: kept as the letter's sentences, with warnings.
      doc.brief(b.get());
      for (String unused : b.get().getAanvullendeZinnen()) {
        verslag.waarschuw(firstText(), "tekst vóór de fiche die geen brief is, bewaard als aanvullende zin",
            "text before the fiche that is no letter, kept as a further sentence");
        break;
      }
      result = doc.build();
    }
    return result;
  }

  private Line firstText() {
    for (Line r : regels) {
      if (!r.isLeeg()) {
        return r;
      }
    }
    return regels.get(0);
  }

  /** The index of the first fiche's title line, or the number of lines when there is none. */
  private int eersteFiche(int from) {
    boolean letter = false;
    boolean signed = false;
    for (int j = from; j < regels.size(); j++) {
      Line r = regels.get(j);
      if (r.isLeeg()) {
        continue;
      }
      if (LineClassifier.isFicheTitle(r.tekst) && (!letter || signed || kopVolgt(j))) {
        return j;
      }
      if (LineClassifier.isSignature(r.tekst)) {
        signed = true;
      }
      letter = true;
    }
    return regels.size();
  }

  /** Whether a section heading or marker follows the title at {@code j}, after wrapped title lines. */
  private boolean kopVolgt(int j) {
    int k = j + 1;
    int wrapped = 0;
    while (k < regels.size() && !regels.get(k).isLeeg() && !isKop(regels.get(k)) && wrapped < 4
        && LineClassifier.entryMarkerLength(regels.get(k).tekst, false) == 0 && !LineClassifier.isSignature(regels.get(k).tekst)) {
      k++;
      wrapped++;
    }
    while (k < regels.size() && regels.get(k).isLeeg()) {
      k++;
    }
    return k < regels.size() && (isKop(regels.get(k)) || regels.get(k).tekst.startsWith(MarkerLine.BEGIN));
  }

  private static boolean isKop(Line r) {
    return LineClassifier.opensSections(r.tekst);
  }

  private nl.bncfiche.model.Fiche fiche(int from, int to, String pad) {
    Line titelRegel = regels.get(from);
    String t = titelRegel.tekst;
    int m = LineClassifier.entryMarkerLength(t, false);
    String titel = t.substring(m).strip();
    verslag.positie(pad, titelRegel);
    verslag.positie(pad, "/titel", titelRegel.met(titel, m + 1));
    int k = from + 1;
    int chain = k;
    while (chain < to && !regels.get(chain).isLeeg() && !isKop(regels.get(chain))
        && !regels.get(chain).tekst.startsWith(MarkerLine.BEGIN) && chain - k < 4
        && LineClassifier.entryMarkerLength(regels.get(chain).tekst, false) == 0) {
      chain++;
    }
    if (chain > k && chain < to && (isKop(regels.get(chain)) || regels.get(chain).tekst.startsWith(MarkerLine.BEGIN))) {
      StringBuilder sb = new StringBuilder(titel);
      for (int c = k; c < chain; c++) {
        sb.append(' ').append(regels.get(c).tekst);
      }
      titel = sb.toString();
      k = chain;
    }
    MarkerLine marker = null;
    int skip = k;
    while (skip < to && regels.get(skip).isLeeg()) {
      skip++;
    }
    if (skip < to && regels.get(skip).tekst.startsWith(MarkerLine.BEGIN)) {
      marker = MarkerLine.parse(regels.get(skip).tekst).orElse(null);
      if (marker != null) {
        k = skip + 1;
      }
    }
    SectionScanner seg = new SectionScanner(verslag);
    seg.lees(regels, k, to);
    return new FicheBuilder(verslag, pad).bouw(titel, seg, marker);
  }
}
