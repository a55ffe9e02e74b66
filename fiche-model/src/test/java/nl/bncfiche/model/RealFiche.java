package nl.bncfiche.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.KamerstukReferentie;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;

/**
 * The complete real fiche of the shared corpus, built in code: section 1 values and the letter from
 * their lines, paragraphs and footnotes from the line ranges between headings. The text is read
 * from the corpus file at run time, so no real sentence is copied into our sources. Test fixture,
 * shared with other modules through this module's test jar.
 */
public final class RealFiche {
  /** The corpus file. */
  public static final String FILE = "eu-drugsstrategie-2026.txt";

  static final Pattern REF = Pattern.compile("\\[footnoteRef:(\\d+)\\]");
  private static final Pattern BODY = Pattern.compile("\\[(\\d+):\\s+(.*?)\\s*\\]\\s*");
  private static List<String> lines;
  private static final Map<Integer, String> footnotes = new TreeMap<>();

  private RealFiche() {}

  /** The corpus file's lines; empty when the corpus is not beside the checkout. */
  public static synchronized Optional<List<String>> lines() {
    if (lines == null) {
      Optional<Path> folder = Corpus.folder();
      if (folder.isEmpty()) {
        return Optional.empty();
      }
      try {
        lines = Corpus.lines(folder.get(), FILE);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return Optional.of(lines);
  }

  /**
   * The real fiche as a document built in code; when the corpus is absent, the calling test is
   * skipped with the reason {@link Corpus#require()} gives.
   */
  public static KamerstukDocument require() {
    Corpus.require();
    return document().orElseThrow();
  }

  /** The real fiche as a document built in code; empty when the corpus is absent. */
  public static synchronized Optional<KamerstukDocument> document() {
    return lines().map(l -> build());
  }

  /** Paragraphs of the lines after heading {@code from} up to heading {@code to}. */
  private static Tekst text(String from, String to) {
    int start = indexOf(from) + 1;
    int end = to == null ? lines.size() : indexOf(to);
    List<Alinea> alineas = new ArrayList<>();
    for (String line : lines.subList(start, end)) {
      Matcher body = BODY.matcher(line);
      StringBuilder rest = new StringBuilder();
      int last = 0;
      while (body.find()) {
        rest.append(line, last, body.start());
        footnotes.put(Integer.parseInt(body.group(1)), body.group(2));
        last = body.end();
      }
      rest.append(line.substring(last));
      String para = rest.toString().strip();
      if (para.isEmpty()) {
        continue;
      }
      ImmutableAlinea.Builder a = Alinea.builder();
      Matcher ref = REF.matcher(para);
      int at = 0;
      while (ref.find()) {
        if (ref.start() > at) {
          a.addInhoud(TekstRun.of(para.substring(at, ref.start())));
        }
        a.addInhoud(VoetnootVerwijzing.of(Integer.parseInt(ref.group(1))));
        at = ref.end();
      }
      if (at < para.length()) {
        a.addInhoud(TekstRun.of(para.substring(at)));
      }
      alineas.add(a.build());
    }
    return Tekst.builder().addAllAlineas(alineas).build();
  }

  private static int indexOf(String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).replace("[bookmark: _Hlk216902933]", "").startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("heading not in corpus file: " + prefix);
  }

  private static String line(String heading) {
    return lines.get(indexOf(heading) + 1).strip();
  }

  /** Removes the stance sentence, which the model holds as the item's oordeel. */
  private static GrondhoudingOnderdeel stance(Tekst t) {
    Alinea first = t.getAlineas().get(0);
    String stance = "De grondhouding van het kabinet is positief. ";
    assertThat(first.platteTekst()).startsWith(stance);
    List<Inline> inhoud = new ArrayList<>(first.getInhoud());
    inhoud.set(0, TekstRun.of(((TekstRun) inhoud.get(0)).getTekst().substring(stance.length())));
    List<Alinea> alineas = new ArrayList<>(t.getAlineas());
    alineas.set(0, Alinea.builder().inhoud(inhoud).build());
    return GrondhoudingOnderdeel.builder()
        .oordeel(Oordeel.POSITIEF)
        .tekst(Tekst.builder().alineas(alineas).build())
        .build();
  }

  private static KamerstukDocument build() {
    footnotes.clear();
    ImmutableAanbiedingsbrief.Builder brief =
        Aanbiedingsbrief.builder()
            .aankondiging(lines.get(0).strip())
            .aangekondigdAantal(10)
            .aantalZoalsGeschreven("10");
    Pattern entry = Pattern.compile("^(Fiche [-–]) (.*?)(?: \\((Kamerstuk [^)]*)\\))?\\.$");
    for (String l : lines.subList(2, 12)) {
      Matcher m = entry.matcher(l.strip());
      assertThat(m.matches()).as(l).isTrue();
      ImmutableBriefVermelding.Builder v =
          BriefVermelding.builder().markering(m.group(1)).titel(m.group(2));
      if (m.group(3) != null) {
        v.referentie(Parsed.parse(m.group(3), KamerstukReferentie::parse));
      }
      brief.addVermeldingen(v.build());
    }
    brief
        .ondertekenaarFunctie(lines.get(13).strip().replaceAll(",$", ""))
        .ondertekenaarNaam(lines.get(14).strip());

    Fiche fiche =
        Fiche.builder()
            .titel(lines.get(18).substring("Fiche: ".length()))
            .sjabloon(Sjabloon.MEDEDELING)
            .generatie(Generatie.G2025)
            .soort(VoorstelSoort.MEDEDELING)
            .algemeneGegevens(
                AlgemeneGegevens.builder()
                    .addTitels(line("a) Titel voorstel"))
                    .datumOntvangst(
                        Parsed.parse(line("b) Datum ontvangst"), NederlandseDatum::parse))
                    .addCommissieDocumenten(
                        Parsed.parse(line("c) Nr. Commissiedocument"), CommissieDocument::parse))
                    .addEurLex(EurLexVerwijzing.of(line("d) EUR-Lex")))
                    .impactAssessment(ImpactAssessment.of(line("e) Nr. impact assessment")))
                    .behandelingstrajectRaad(line("f) Behandelingstraject Raad"))
                    .eerstverantwoordelijkMinisterie(
                        Ministeries.ofTekst(line("g) Eerstverantwoordelijk")))
                    .build())
            .essentie(
                EssentieVoorstel.builder()
                    .inhoud(text("2. Essentie voorstel", "3. Nederlandse positie"))
                    .build())
            .nederlandsePositie(
                NederlandsePositie.builder()
                    .essentieBeleid(text("a) Essentie Nederlands beleid", "b) Beoordeling"))
                    .beoordeling(text("b) Beoordeling", "c) Eerste inschatting"))
                    .krachtenveld(text("c) Eerste inschatting", "4. Grondhouding"))
                    .build())
            .grondhouding(
                Grondhouding.builder()
                    .bevoegdheid(stance(text("a) Bevoegdheid", "b) Subsidiariteit")))
                    .subsidiariteit(stance(text("b) Subsidiariteit", "c) Proportionaliteit")))
                    .proportionaliteit(
                        stance(text("c) Proportionaliteit", "d) Financiële gevolgen")))
                    .financieleGevolgen(
                        GrondhoudingOnderdeel.builder()
                            .tekst(text("d) Financiële gevolgen", "e) Gevolgen"))
                            .build())
                    .regeldruk(
                        GrondhoudingOnderdeel.builder().tekst(text("e) Gevolgen", null)).build())
                    .build())
            .build();
    List<Voetnoot> voetnoten = new ArrayList<>();
    footnotes.forEach((n, t) -> voetnoten.add(Voetnoot.of(n, t)));
    fiche = ImmutableFiche.copyOf(fiche).withVoetnoten(voetnoten);
    return KamerstukDocument.builder().brief(brief.build()).addFiches(fiche).build();
  }
}
