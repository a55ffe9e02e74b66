package nl.bncfiche.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.bncfiche.model.fixture.Corpus;
import nl.bncfiche.model.fixture.RealFiche;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.json.FicheJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The complete real fiche of the corpus can be built in code, with every paragraph and footnote,
 * and a fiche cut off after section 1 can too. The long paragraphs are taken from the corpus file
 * at run time (by line ranges between its headings), so no real sentence is copied into our
 * sources.
 */
class RealFicheInCodeTest {
  private static List<String> lines;

  @BeforeAll
  static void load() {
    Corpus.require();
    lines = RealFiche.lines().orElseThrow();
  }

  private static KamerstukDocument build() {
    return RealFiche.document().orElseThrow();
  }

  @Test
  void theCompleteRealFicheCanBeBuiltInCode() {
    KamerstukDocument doc = build();
    Fiche fiche = doc.getFiches().get(0);
    Aanbiedingsbrief brief = doc.getBrief().orElseThrow();

    assertThat(brief.getVermeldingen()).hasSize(10);
    assertThat(brief.getVermeldingen())
        .filteredOn(v -> v.getReferentie().isEmpty())
        .extracting(BriefVermelding::getTitel)
        .containsExactly("Herziening EU-drugsstrategie");
    assertThat(brief.getVermeldingen())
        .allSatisfy(v -> v.getReferentie().ifPresent(r -> assertThat(r.isParsed()).isTrue()));

    AlgemeneGegevens ag = fiche.getAlgemeneGegevens().orElseThrow();
    assertThat(ag.getDatumOntvangst().orElseThrow().getValue()).isPresent();
    assertThat(ag.getCommissieDocumenten().get(0).getValue().orElseThrow().getType())
        .isEqualTo(CommissieDocument.Type.COM);
    assertThat(ag.getEurLex().get(0).getCelex()).isPresent();
    assertThat(ag.getImpactAssessment().orElseThrow().isNietOpgesteld()).isTrue();
    assertThat(ag.getEerstverantwoordelijkMinisterie().orElseThrow().getMedeverantwoordelijken())
        .hasSize(1);

    // Every footnote reference has its body, and footnote numbering starts at 2 as exported.
    List<Integer> refs = new ArrayList<>();
    fiche.getEssentie().ifPresent(e -> refs.addAll(e.getInhoud().voetnootNummers()));
    fiche
        .getNederlandsePositie()
        .ifPresent(
            p -> {
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
      String cleaned =
          RealFiche.REF.matcher(l.replace("[bookmark: _Hlk216902933]", "")).replaceAll(" ");
      for (String w : cleaned.split("[\\s\\[\\]]+")) {
        if (w.length() > 3 && !w.matches("\\d+:") && !json.contains(w.replace("\"", "\\\""))) {
          missing.merge(w, 1, Integer::sum);
        }
      }
    }
    // Headings and the stance sentence (held as oordeel) are structure; no other word may be
    // missing.
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
        Fiche.builder().titel(full.getTitel()).algemeneGegevens(full.getAlgemeneGegevens()).build();
    assertThat(partial.getEssentie()).isEmpty();
    assertThat(partial.getGrondhouding()).isEmpty();
    FicheJson json = FicheJson.create();
    assertThat(json.readFiche(json.write(partial))).isEqualTo(partial);
  }
}
