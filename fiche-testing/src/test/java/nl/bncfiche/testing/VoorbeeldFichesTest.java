package nl.bncfiche.testing;

import static org.assertj.core.api.Assertions.assertThat;

import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.json.FicheJson;
import org.junit.jupiter.api.Test;

class VoorbeeldFichesTest {
  @Test
  void samplesAreCompleteAndValid() {
    KamerstukDocument m = VoorbeeldFiches.mededeling();
    KamerstukDocument w = VoorbeeldFiches.wetgeving();
    FicheChecks.checkDocument(m);
    FicheChecks.checkDocument(w);
    assertThat(m.getFiches().get(0).getSjabloon()).contains(Sjabloon.MEDEDELING);
    assertThat(w.getFiches().get(0).getSjabloon()).contains(Sjabloon.WETGEVING);
    assertThat(m.getFiches().get(0).getGeneratie()).contains(Generatie.G2025);
    assertThat(w.getFiches().get(0).getGeneratie()).contains(Generatie.G2025);
    assertThat(m.getBrief().orElseThrow().getVermeldingen())
        .hasSameSizeAs(w.getBrief().orElseThrow().getVermeldingen());
    assertThat(VoorbeeldFiches.mededeling()).isEqualTo(m);
  }

  @Test
  void samplesSurviveJson() {
    FicheJson json = FicheJson.create();
    for (KamerstukDocument d :
        new KamerstukDocument[] {VoorbeeldFiches.mededeling(), VoorbeeldFiches.wetgeving()}) {
      assertThat(json.read(json.write(d))).isEqualTo(d);
    }
  }
}
