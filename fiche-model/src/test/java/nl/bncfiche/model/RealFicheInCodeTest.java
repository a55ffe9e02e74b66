package nl.bncfiche.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
import nl.bncfiche.model.json.FicheJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The complete real fiche of the corpus can be built in code, with every paragraph and footnote, and a
 * fiche cut off after section 1 can too. The long paragraphs are taken from the corpus file at run
 * time (by line ranges between its headings), so no real sentence is copied into our sources.
 */
class RealFicheInCodeTest {
  private static final Pattern REF = Pattern.compile("\\[footnoteRef:(\\d+)\\]");
  private static final Pattern BODY = Pattern.compile("\\[(\\d+):\\s+(.*?)\\s*\\]\\s*");
  private static List<String> lines;
  private static final Map<Integer, String> footnotes = new TreeMap<>();

  @BeforeAll
  static void load() throws Exception {
    Optional<Path> folder = Corpus.folder();
    assumeTrue(folder.isPresent(), "shared/corpus not found beside the checkout");
    lines = Corpus.lines(folder.get(), "eu-drugsstrategie-2026.txt");
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

  static KamerstukDocument build() {
    ImmutableAanbiedingsbrief.Builder brief =
        Aanbiedingsbrief.builder()
            .aankondiging(lines.get(0).strip())
            .aangekondigdAantal(10)
            .aantalZoalsGeschreven("10");
    Pattern entry = Pattern.compile("^(Fiche [-–]) (.*?)(?: \\((Kamerstuk [^)]*)\\))?\\.$");
    for (String l : lines.subList(2, 12)) {
      Matcher m = entry.matcher(l.strip());
      assertThat(m.matches()).as(l).isTrue();
      ImmutableBriefVermelding.Builder v = BriefVermelding.builder().markering(m.group(1)).titel(m.group(2));
      if (m.group(3) != null) {
        v.referentie(Parsed.parse(m.group(3), KamerstukReferentie::parse));
      }
      brief.addVermeldingen(v.build());
    }
    brief.ondertekenaarFunctie(lines.get(13).strip().replaceAll(",$", "")).ondertekenaarNaam(lines.get(14).strip());

    Fiche fiche =
        Fiche.builder()
            .titel(lines.get(18).substring("Fiche: ".length()))
            .sjabloon(Sjabloon.MEDEDELING)
            .generatie(Generatie.G2025)
            .soort(VoorstelSoort.MEDEDELING)
            .algemeneGegevens(
                AlgemeneGegevens.builder()
                    .addTitels(line("a) Titel voorstel"))
                    .datumOntvangst(Parsed.parse(line("b) Datum ontvangst"), NederlandseDatum::parse))
                    .addCommissieDocumenten(Parsed.parse(line("c) Nr. Commissiedocument"), CommissieDocument::parse))
                    .addEurLex(EurLexVerwijzing.of(line("d) EUR-Lex")))
                    .impactAssessment(ImpactAssessment.of(line("e) Nr. impact assessment")))
                    .behandelingstrajectRaad(line("f) Behandelingstraject Raad"))
                    .eerstverantwoordelijkMinisterie(Ministeries.ofTekst(line("g) Eerstverantwoordelijk")))
                    .build())
            .essentie(EssentieVoorstel.builder().inhoud(text("2. Essentie voorstel", "3. Nederlandse positie")).build())
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
                    .proportionaliteit(stance(text("c) Proportionaliteit", "d) Financiële gevolgen")))
                    .financieleGevolgen(GrondhoudingOnderdeel.builder().tekst(text("d) Financiële gevolgen", "e) Gevolgen")).build())
                    .regeldruk(GrondhoudingOnderdeel.builder().tekst(text("e) Gevolgen", null)).build())
                    .build())
            .build();
    List<Voetnoot> voetnoten = new ArrayList<>();
    footnotes.forEach((n, t) -> voetnoten.add(Voetnoot.of(n, t)));
    fiche = ImmutableFiche.copyOf(fiche).withVoetnoten(voetnoten);
    return KamerstukDocument.builder().brief(brief.build()).addFiches(fiche).build();
  }

  @Test
  void theCompleteRealFicheCanBeBuiltInCode() {
    KamerstukDocument doc = build();
    Fiche fiche = doc.getFiches().get(0);
    Aanbiedingsbrief brief = doc.getBrief().orElseThrow();

    assertThat(brief.getVermeldingen()).hasSize(10);
    assertThat(brief.getVermeldingen()).filteredOn(v -> v.getReferentie().isEmpty())
        .extracting(BriefVermelding::getTitel).containsExactly("Herziening EU-drugsstrategie");
    assertThat(brief.getVermeldingen()).allSatisfy(v -> v.getReferentie().ifPresent(r -> assertThat(r.isParsed()).isTrue()));

    AlgemeneGegevens ag = fiche.getAlgemeneGegevens().orElseThrow();
    assertThat(ag.getDatumOntvangst().orElseThrow().getValue()).isPresent();
    assertThat(ag.getCommissieDocumenten().get(0).getValue().orElseThrow().getType()).isEqualTo(CommissieDocument.Type.COM);
    assertThat(ag.getEurLex().get(0).getCelex()).isPresent();
    assertThat(ag.getImpactAssessment().orElseThrow().isNietOpgesteld()).isTrue();
    assertThat(ag.getEerstverantwoordelijkMinisterie().orElseThrow().getMedeverantwoordelijken()).hasSize(1);

    // Every footnote reference has its body, and footnote numbering starts at 2 as exported.
    List<Integer> refs = new ArrayList<>();
    fiche.getEssentie().ifPresent(e -> refs.addAll(e.getInhoud().voetnootNummers()));
    fiche.getNederlandsePositie().ifPresent(p -> {
      p.getEssentieBeleid().ifPresent(t -> refs.addAll(t.voetnootNummers()));
      p.getBeoordeling().ifPresent(t -> refs.addAll(t.voetnootNummers()));
    });
    assertThat(fiche.getVoetnoten()).extracting(Voetnoot::getNummer).first().isEqualTo(2);
    assertThat(fiche.getVoetnoten()).extracting(Voetnoot::getNummer).containsAll(refs);

    // Nothing of the file's words is lost: every word of the fiche part is in the model's JSON.
    String json = FicheJson.create().write(doc);
    assertThat(FicheJson.create().read(json)).isEqualTo(doc);
    Map<String, Integer> missing = new HashMap<>();
    for (String l : lines.subList(18, lines.size())) {
      String cleaned = REF.matcher(l.replace("[bookmark: _Hlk216902933]", "")).replaceAll(" ");
      for (String w : cleaned.split("[\\s\\[\\]]+")) {
        if (w.length() > 3 && !w.matches("\\d+:") && !json.contains(w.replace("\"", "\\\""))) {
          missing.merge(w, 1, Integer::sum);
        }
      }
    }
    // Headings and the stance sentence (held as oordeel) are structure; no other word may be missing.
    String structure = headingWords() + " Fiche: De grondhouding van het kabinet is positief.";
    assertThat(missing.keySet()).filteredOn(w -> !structure.contains(w)).isEmpty();
  }

  private static String headingWords() {
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      if (l.matches("^(\\d\\.|[a-j]\\)) .*")) {
        sb.append(l).append(' ');
      }
    }
    return sb.toString();
  }

  @Test
  void aFicheCutOffAfterSectionOneIsAFicheToo() {
    KamerstukDocument doc = build();
    Fiche full = doc.getFiches().get(0);
    Fiche partial =
        Fiche.builder()
            .titel(full.getTitel())
            .algemeneGegevens(full.getAlgemeneGegevens())
            .build();
    assertThat(partial.getEssentie()).isEmpty();
    assertThat(partial.getGrondhouding()).isEmpty();
    FicheJson json = FicheJson.create();
    assertThat(json.readFiche(json.write(partial))).isEqualTo(partial);
  }
}
