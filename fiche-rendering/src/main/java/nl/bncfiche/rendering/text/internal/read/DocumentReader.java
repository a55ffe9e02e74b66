package nl.bncfiche.rendering.text.internal.read;

import java.util.List;
import java.util.Optional;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.ImmutableFiche;
import nl.bncfiche.model.ImmutableKamerstukDocument;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.rendering.text.FicheReadException;
import nl.bncfiche.rendering.text.ReadFinding;
import nl.bncfiche.rendering.text.internal.grammar.LineClassifier;
import nl.bncfiche.rendering.text.internal.grammar.MarkerLine;
import nl.bncfiche.rendering.text.internal.grammar.PageChrome;

/**
 * Reads a whole text: header, letter, then each fiche from its title line "Fiche: …" (or "Fiche 7:
 * …") to the next one. Inside the letter, a "Fiche: " line is a listed fiche unless a section
 * heading (or the canonical marker line) follows it, or the letter's signature came before it.
 */
public final class DocumentReader {
  /**
   * A text read.
   *
   * @param document the document
   * @param report the positions and warnings recorded while reading it
   */
  public record Result(KamerstukDocument document, ReadReport report) {}

  private final List<Line> lines;
  private final ReadReport report;

  private DocumentReader(List<Line> lines) {
    this.lines = lines;
    // About one position per line, and a few more.
    this.report = new ReadReport(lines.size() + 32);
  }

  /**
   * Reads {@code text}.
   *
   * @throws FicheReadException when the text is empty, not text, or not a fiche
   */
  public static Result read(String text) {
    DocumentReader reader =
        new DocumentReader(Dehyphenation.apply(withoutPageChrome(Input.lines(text))));
    return new Result(reader.document(), reader.report);
  }

  /**
   * {@code lines} with page chrome ({@link PageChrome}) and bare page numbers between blank lines
   * made blank; line numbers stay as they were.
   */
  private static List<Line> withoutPageChrome(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      Line r = lines.get(i);
      if (r.isEmpty() || r.literal()) {
        continue;
      }
      String t = r.text();
      boolean chrome =
          PageChrome.is(t)
              || PageChrome.isPageNumber(t)
                  && (i == 0 || lines.get(i - 1).isEmpty())
                  && (i + 1 == lines.size() || lines.get(i + 1).isEmpty());
      if (chrome) {
        lines.set(i, new Line("", r.number(), r.column(), false, false));
      }
    }
    return lines;
  }

  private KamerstukDocument document() {
    ImmutableKamerstukDocument.Builder doc = KamerstukDocument.builder();
    HeaderReader.Result header = new HeaderReader(lines, report).read(0);
    header.kop().ifPresent(doc::kop);
    int begin = firstFiche(header.end());
    // No title line "Fiche: …": a fiche may still begin at its first heading or item of section 1.
    int untitled = begin == lines.size() ? firstSections(header.end()) : -1;
    if (untitled >= 0) {
      begin = untitled;
    }
    Optional<LetterReader.Result> letter =
        new LetterReader(lines, report).read(header.end(), begin);
    boolean recognised = letter.isPresent() && letter.get().recognised();
    if (recognised) {
      doc.brief(letter.get().brief());
    }
    int n = 0;
    int k = begin;
    while (k < lines.size()) {
      int next = k + 1;
      while (next < lines.size() && !LineClassifier.isFicheTitle(lines.get(next).text())) {
        next++;
      }
      doc.addFiche(
          k == untitled
              ? untitledFiche(k, next, "/fiches/" + n, recognised ? letter.get() : null)
              : fiche(k, next, "/fiches/" + n));
      n++;
      k = next;
    }
    KamerstukDocument result = doc.build();
    if (header.kop().isEmpty() && !recognised && result.getFiches().isEmpty()) {
      Line first = firstText();
      throw new FicheReadException(
          first.number(),
          first.column(),
          "Geen fiche: er is geen aanbiedingsbrief, Kamerstukkop of regel 'Fiche: <titel>' met bekende koppen"
              + " gevonden; verwacht bijvoorbeeld 'Fiche: <titel>' gevolgd door '1. Algemene gegevens'.",
          "Not a fiche: found no cover letter, Kamerstuk header or 'Fiche: <title>' line with known headings;"
              + " expected for example 'Fiche: <title>' followed by '1. Algemene gegevens'.");
    }
    if (!recognised && letter.isPresent()) {
      // Lines before the first fiche that are no letter: kept as the letter's sentences, with a
      // warning.
      doc.brief(letter.get().brief());
      if (!letter.get().brief().getAanvullendeZinnen().isEmpty()) {
        report.warn(
            firstText(),
            ReadFinding.TEXT_BEFORE_FICHE,
            "/brief/aanvullendeZinnen",
            "tekst vóór de fiche die geen brief is, bewaard als aanvullende zin",
            "text before the fiche that is no letter, kept as a further sentence");
      }
      result = doc.build();
    }
    if (result.getFiches().isEmpty()) {
      report.warn(
          firstText(),
          ReadFinding.NO_FICHE,
          "",
          "geen fiche gevonden: geen regel 'Fiche: <titel>' en geen bekende sectiekoppen; de tekst"
              + " is als brief gelezen",
          "no fiche found: no 'Fiche: <title>' line and no known section headings; the text was"
              + " read as a letter");
    }
    return result;
  }

  private Line firstText() {
    for (Line r : lines) {
      if (!r.isEmpty()) {
        return r;
      }
    }
    return lines.get(0);
  }

  /** The index of the first fiche's title line, or the number of lines when there is none. */
  private int firstFiche(int from) {
    boolean letter = false;
    boolean signed = false;
    for (int j = from; j < lines.size(); j++) {
      Line r = lines.get(j);
      if (r.isEmpty()) {
        continue;
      }
      if (LineClassifier.isFicheTitle(r.text()) && (!letter || signed || sectionsFollow(j))) {
        return j;
      }
      if (LineClassifier.isSignature(r.text())) {
        signed = true;
      }
      letter = true;
    }
    return lines.size();
  }

  /**
   * The index of the first line from {@code from} that opens a fiche's sections without a title
   * line before it (the Eerste Kamer's rendering starts at "a) Titel voorstel" after the letter's
   * signature): a section heading, or a label of section 1 with or without its letter or number; -1
   * when there is none.
   */
  private int firstSections(int from) {
    for (int j = from; j < lines.size(); j++) {
      Line r = lines.get(j);
      if (!r.isEmpty() && !r.literal() && LineClassifier.opensUntitledFiche(r.text())) {
        return j;
      }
    }
    return -1;
  }

  /**
   * A fiche without a title line in lines {@code [from, to)}: its title is that of the letter's
   * only entry, else 1a's first.
   */
  private Fiche untitledFiche(int from, int to, String path, LetterReader.Result letter) {
    report.position(path, lines.get(from));
    SectionScanner sections = new SectionScanner(report);
    sections.scan(lines, from, to);
    Fiche f = new FicheBuilder(report, path).build("", lines.get(from), sections, null);
    List<BriefVermelding> entries = letter == null ? List.of() : letter.brief().getVermeldingen();
    if (entries.size() == 1) {
      report.warn(
          lines.get(from),
          ReadFinding.NO_TITLE_LINE,
          path + "/titel",
          "fiche zonder titelregel 'Fiche: …'; de titel is die in de brief",
          "fiche without a title line 'Fiche: …'; its title is the one in the letter");
      return ImmutableFiche.copyOf(f).withTitel(entries.get(0).getTitel());
    }
    List<String> titels = f.getAlgemeneGegevens().map(a -> a.getTitels()).orElse(List.of());
    report.warn(
        lines.get(from),
        ReadFinding.NO_TITLE_LINE,
        path + "/titel",
        "fiche zonder titelregel 'Fiche: …'"
            + (titels.isEmpty() ? "" : "; de titel is die van onderdeel 1a"),
        "fiche without a title line 'Fiche: …'"
            + (titels.isEmpty() ? "" : "; its title is that of item 1a"));
    return titels.isEmpty() ? f : ImmutableFiche.copyOf(f).withTitel(titels.get(0));
  }

  /**
   * Whether sections or the marker line follow the title at {@code j}, after wrapped title lines.
   */
  private boolean sectionsFollow(int j) {
    int k = j + 1;
    int wrapped = 0;
    while (k < lines.size()
        && !lines.get(k).isEmpty()
        && !opensSections(lines.get(k))
        && !lines.get(k).text().startsWith(MarkerLine.BEGIN)
        && wrapped < 4
        && LineClassifier.entryMarkerLength(lines.get(k).text(), false) == 0
        && !LineClassifier.isSignature(lines.get(k).text())) {
      k++;
      wrapped++;
    }
    while (k < lines.size() && lines.get(k).isEmpty()) {
      k++;
    }
    return k < lines.size()
        && (opensSections(lines.get(k)) || lines.get(k).text().startsWith(MarkerLine.BEGIN));
  }

  private static boolean opensSections(Line r) {
    return LineClassifier.opensSections(r.text());
  }

  /** The fiche in lines {@code [from, to)}, from its title line; its pointer is {@code path}. */
  /**
   * Whether lines {@code k} to {@code chain} (a blank line) continue a fiche's title: each starts
   * in lower case (the rest of a title wrapped mid-phrase), and the sections or the marker line
   * follow after the blank lines.
   */
  private boolean wrappedBeforeBlank(int k, int chain, int to) {
    for (int c = k; c < chain; c++) {
      if (!Character.isLowerCase(lines.get(c).text().charAt(0))) {
        return false;
      }
    }
    int next = chain;
    while (next < to && lines.get(next).isEmpty()) {
      next++;
    }
    return next < to
        && (opensSections(lines.get(next)) || lines.get(next).text().startsWith(MarkerLine.BEGIN));
  }

  private Fiche fiche(int from, int to, String path) {
    Line titleLine = lines.get(from);
    String t = titleLine.text();
    int m = LineClassifier.entryMarkerLength(t, false);
    String titel = t.substring(m).strip();
    report.position(path, titleLine);
    report.position(path, "/titel", titleLine.part(titel, m + 1));
    int k = from + 1;
    int chain = k;
    while (chain < to
        && !lines.get(chain).isEmpty()
        && !opensSections(lines.get(chain))
        && !lines.get(chain).text().startsWith(MarkerLine.BEGIN)
        && chain - k < 4
        && LineClassifier.entryMarkerLength(lines.get(chain).text(), false) == 0) {
      chain++;
    }
    if (chain > k
        && chain < to
        && (opensSections(lines.get(chain))
            || lines.get(chain).text().startsWith(MarkerLine.BEGIN)
            || lines.get(chain).isEmpty() && wrappedBeforeBlank(k, chain, to))) {
      // A title wrapped over several lines.
      StringBuilder sb = new StringBuilder(titel);
      for (int c = k; c < chain; c++) {
        sb.append(' ').append(lines.get(c).text());
      }
      titel = sb.toString();
      k = chain;
    }
    MarkerLine marker = null;
    int skip = k;
    while (skip < to && lines.get(skip).isEmpty()) {
      skip++;
    }
    if (skip < to && lines.get(skip).text().startsWith(MarkerLine.BEGIN)) {
      marker = MarkerLine.parse(lines.get(skip).text()).orElse(null);
      if (marker != null) {
        k = skip + 1;
      }
    }
    SectionScanner sections = new SectionScanner(report);
    sections.scan(lines, k, to);
    return new FicheBuilder(report, path).build(titel, titleLine, sections, marker);
  }
}
