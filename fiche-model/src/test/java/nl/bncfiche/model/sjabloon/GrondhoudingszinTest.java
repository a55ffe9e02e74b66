package nl.bncfiche.model.sjabloon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Oordeel;
import nl.bncfiche.model.sjabloon.Grondhoudingszin.Herkend;
import org.junit.jupiter.api.Test;

/** {@link Grondhoudingszin#herken}: every form of the stance sentence that fiches use. */
class GrondhoudingszinTest {
  private static Herkend one(String alinea) {
    List<Herkend> found = Grondhoudingszin.herken(alinea);
    assertThat(found).as(alinea).hasSize(1);
    return found.get(0);
  }

  @Test
  void everyWrittenFormIsRecognisedWithItsVerdict() {
    for (Generatie g : Generatie.values()) {
      for (Veld item : Veld.GRONDHOUDING.getItems()) {
        for (Oordeel o : Oordeel.values()) {
          String zin = Grondhoudingszin.schrijf(g, item, o);
          Herkend h = one("Inleiding. " + zin + " Verder.");
          assertThat(h.getOordeel()).as(zin).contains(o);
          assertThat(h.isBekend()).isTrue();
          assertThat(h.getNuance()).isEmpty();
          assertThat(h.getOnderwerpItems())
              .as(zin)
              .isEqualTo(
                  Grondhoudingszin.onderwerp(item).isPresent() && g != Generatie.G2025
                      ? List.of(item)
                      : List.of());
        }
      }
    }
  }

  @Test
  void theFormsOf2013To2024NameTheirSubject() {
    Herkend heeft =
        one(
            "Het kabinet heeft een positieve grondhouding ten aanzien van de subsidiariteit:"
                + " schepen varen tussen havens van verschillende lidstaten.");
    assertThat(heeft.getOordeel()).contains(Oordeel.POSITIEF);
    assertThat(heeft.getOnderwerp()).contains("de subsidiariteit");
    assertThat(heeft.getOnderwerpItems()).containsExactly(Veld.SUBSIDIARITEIT);
    assertThat(heeft.getWoorden()).isEqualTo("positieve");

    Herkend eveneens =
        one("De grondhouding ten aanzien van de proportionaliteit is eveneens positief.");
    assertThat(eveneens.getOordeel()).contains(Oordeel.POSITIEF);
    assertThat(eveneens.getOnderwerpItems()).containsExactly(Veld.PROPORTIONALITEIT);

    Herkend ook =
        one("De grondhouding van het kabinet ten aanzien van de bevoegdheid is ook neutraal.");
    assertThat(ook.getOordeel()).contains(Oordeel.NEUTRAAL);
    assertThat(ook.getOnderwerp()).contains("de bevoegdheid");

    Herkend omgekeerd =
        one(
            "Om die reden beoordeelt het kabinet de proportionaliteit als negatief met kanttekeningen.");
    assertThat(omgekeerd.getOordeel()).contains(Oordeel.NEGATIEF_MET_KANTTEKENINGEN);
    assertThat(omgekeerd.getOnderwerpItems()).containsExactly(Veld.PROPORTIONALITEIT);

    Herkend beide =
        one("De grondhouding ten aanzien van de subsidiariteit en proportionaliteit is positief.");
    assertThat(beide.getOnderwerpItems())
        .containsExactly(Veld.SUBSIDIARITEIT, Veld.PROPORTIONALITEIT);

    Herkend naAfloop =
        one("De grondhouding van het kabinet is kritisch ten aanzien van de bevoegdheid.");
    assertThat(naAfloop.getOordeel()).contains(Oordeel.KRITISCH);
    assertThat(naAfloop.getOnderwerp()).contains("de bevoegdheid");

    Herkend metKanttekeningen =
        one(
            "Het kabinet heeft een positieve grondhouding met kanttekeningen ten aanzien van de"
                + " bevoegdheid.");
    assertThat(metKanttekeningen.getOordeel()).contains(Oordeel.POSITIEF_MET_KANTTEKENINGEN);
  }

  @Test
  void theCommaVariantIsPositiefMetKanttekeningen() {
    Herkend h = one("De grondhouding van het kabinet is positief, met kanttekeningen.");
    assertThat(h.getOordeel()).contains(Oordeel.POSITIEF_MET_KANTTEKENINGEN);
    assertThat(h.getWoorden()).isEqualTo("positief, met kanttekeningen");
    assertThat(h.getNuance()).isEmpty();
    // A comma before another clause leaves the verdict as it is.
    assertThat(
            one("De grondhouding van het kabinet is positief, omdat het doel helder is.")
                .getOordeel())
        .contains(Oordeel.POSITIEF);
  }

  @Test
  void nuancesMapToTheBaseVerdictWithANote() {
    assertNuance(
        "De grondhouding van het kabinet is overwegend positief.", Oordeel.POSITIEF, "overwegend");
    assertNuance(
        "Het kabinet beoordeelt de subsidiariteit als in beginsel positief.",
        Oordeel.POSITIEF,
        "in beginsel");
    assertNuance(
        "De grondhouding van het kabinet is positief-kritisch.",
        Oordeel.POSITIEF,
        "positief-kritisch");
    assertNuance(
        "Het kabinet heeft een overwegend positieve grondhouding.", Oordeel.POSITIEF, "overwegend");
    assertNuance(
        "Het kabinet heeft een positief-kritische grondhouding ten aanzien van de bevoegdheid.",
        Oordeel.POSITIEF,
        "positief-kritisch");
    // A mixed verdict is a known phrasing, but names no single verdict.
    Herkend gemengd = one("De grondhouding van het kabinet is deels positief en deels negatief.");
    assertThat(gemengd.isBekend()).isTrue();
    assertThat(gemengd.getOordeel()).isEmpty();
    assertThat(gemengd.getNuance()).contains("deels positief en deels negatief");
  }

  private static void assertNuance(String zin, Oordeel oordeel, String nuance) {
    Herkend h = one(zin);
    assertThat(h.getOordeel()).as(zin).contains(oordeel);
    assertThat(h.getNuance()).as(zin).contains(nuance);
    assertThat(h.isBekend()).as(zin).isTrue();
  }

  @Test
  void unknownVerdictWordsAreKeptAsWritten() {
    Herkend lauw = one("De grondhouding van het kabinet is lauw.");
    assertThat(lauw.isBekend()).isFalse();
    assertThat(lauw.getOordeel()).isEmpty();
    assertThat(lauw.getWoorden()).isEqualTo("lauw");
    Herkend verder =
        one("De grondhouding van het kabinet is positief over de doelen, maar niet meer.");
    assertThat(verder.isBekend()).isFalse();
    assertThat(verder.getWoorden()).isEqualTo("positief over de doelen");
  }

  @Test
  void otherSentencesAreNoStanceSentences() {
    for (String s :
        List.of(
            "Grondhouding ten aanzien van bevoegdheid, subsidiariteit en proportionaliteit",
            "Het kabinet beoordeelt het voorstel kritisch.",
            "De lidstaten hebben een positieve grondhouding.",
            "Het kabinet heeft een grondhouding die nog niet vaststaat.",
            "De grondhouding van het kabinet volgt later.",
            "",
            "grondhouding")) {
      assertThat(Grondhoudingszin.herken(s)).as(s).isEmpty();
    }
  }

  @Test
  void severalSentencesInOneParagraphAreFoundInOrder() {
    String p =
        "Het kabinet beoordeelt de bevoegdheid als positief. De grondhouding ten aanzien van de"
            + " subsidiariteit is eveneens positief. De grondhouding ten aanzien van de"
            + " proportionaliteit is neutraal.";
    List<Herkend> found = Grondhoudingszin.herken(p);
    assertThat(found)
        .extracting(h -> h.getOordeel().orElseThrow())
        .containsExactly(Oordeel.POSITIEF, Oordeel.POSITIEF, Oordeel.NEUTRAAL);
    assertThat(found)
        .extracting(Herkend::getOnderwerpItems)
        .containsExactly(
            List.of(Veld.BEVOEGDHEID),
            List.of(Veld.SUBSIDIARITEIT),
            List.of(Veld.PROPORTIONALITEIT));
    for (int i = 1; i < found.size(); i++) {
      assertThat(found.get(i).getBegin()).isGreaterThanOrEqualTo(found.get(i - 1).getEinde());
    }
    assertThat(p.charAt(found.get(0).getEinde())).isEqualTo('.');
  }

  @Test
  void readsABoundedPartOfAParagraph() {
    String zin = "De grondhouding van het kabinet is positief.";
    String vulling = "grondhouding ".repeat(Grondhoudingszin.MAX_ALINEA / 13 + 10);
    assertThat(Grondhoudingszin.herken(vulling + zin)).isEmpty();
    assertThat(Grondhoudingszin.herken(zin + " " + vulling)).hasSize(1);
    assertThat(Grondhoudingszin.herken("De grondhouding van het kabinet is " + "x".repeat(500)))
        .singleElement()
        .satisfies(h -> assertThat(h.getWoorden()).hasSize(80));
  }
}
