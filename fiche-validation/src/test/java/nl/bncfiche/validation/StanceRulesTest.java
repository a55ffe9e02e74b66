package nl.bncfiche.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.GrondhoudingOnderdeel;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Oordeel;
import org.junit.jupiter.api.Test;

/**
 * The stance rules on the forms published fiches use: the verdict agrees with the item's oordeel
 * (C-003), is a known one (C-004), and the sentence stands in the item it is about (C-005).
 */
class StanceRulesTest {
  private static final String G = "/fiches/0/grondhouding/";

  private static List<String> found(KamerstukDocument d) {
    return Fixtures.validator().validate(d, Profile.DEFINITIEF).issues().stream()
        .map(i -> i.getRuleId() + " " + i.getSeverity() + " " + i.getPointer())
        .collect(Collectors.toList());
  }

  /** The valid fiche with its item 4b replaced (and the footnote only that item referred to). */
  private static KamerstukDocument subsidiariteit(GrondhoudingOnderdeel o) {
    return Fixtures.grondhouding(base(), g -> g.withSubsidiariteit(o));
  }

  private static KamerstukDocument base() {
    return Fixtures.fiche(Fixtures.geldig(), f -> f.withVoetnoten(f.getVoetnoten().get(0)));
  }

  @Test
  void theCommaVariantWithoutOordeelGivesNoContradiction() {
    assertThat(
            found(
                subsidiariteit(
                    GrondhoudingOnderdeel.of(
                        "De grondhouding van het kabinet is positief, met kanttekeningen.",
                        "Het doel is goed; de uitwerking is nog onzeker."))))
        .isEmpty();
  }

  @Test
  void aVerdictThatDiffersFromTheOordeelIsReportedNuancesAside() {
    assertThat(
            found(
                subsidiariteit(
                    GrondhoudingOnderdeel.of(
                        Oordeel.NEGATIEF,
                        "De grondhouding van het kabinet is overwegend positief."))))
        .containsExactly("BNC-C-003 WARNING " + G + "subsidiariteit/tekst");
    assertThat(
            found(
                subsidiariteit(
                    GrondhoudingOnderdeel.of(
                        Oordeel.POSITIEF,
                        "De grondhouding van het kabinet is overwegend positief."))))
        .isEmpty();
    assertThat(
            found(
                subsidiariteit(
                    GrondhoudingOnderdeel.of(
                        Oordeel.POSITIEF_MET_KANTTEKENINGEN,
                        "Het kabinet beoordeelt de subsidiariteit als positief, met kanttekeningen."))))
        .isEmpty();
  }

  @Test
  void unknownVerdictWordsAreReportedKnownNuancesAreNot() {
    assertThat(
            found(
                subsidiariteit(
                    GrondhoudingOnderdeel.of(
                        Oordeel.POSITIEF, "De grondhouding van het kabinet is lauw."))))
        .containsExactly("BNC-C-004 WARNING " + G + "subsidiariteit/tekst");
    for (String zin :
        List.of(
            "De grondhouding van het kabinet is deels positief en deels negatief.",
            "De grondhouding van het kabinet is positief-kritisch.",
            "Het kabinet heeft een in beginsel positieve grondhouding.")) {
      assertThat(found(subsidiariteit(GrondhoudingOnderdeel.of(Oordeel.POSITIEF, zin))))
          .as(zin)
          .isEmpty();
    }
  }

  @Test
  void aSentenceAboutAnotherItemIsReportedWhereItStands() {
    assertThat(
            found(
                subsidiariteit(
                    GrondhoudingOnderdeel.of(
                        Oordeel.POSITIEF,
                        "De grondhouding ten aanzien van de proportionaliteit is eveneens"
                            + " negatief."))))
        .containsExactly("BNC-C-005 WARNING " + G + "subsidiariteit/tekst");
    Issue issue =
        Fixtures.validator()
            .validate(
                subsidiariteit(
                    GrondhoudingOnderdeel.of(
                        Oordeel.POSITIEF,
                        "Het kabinet beoordeelt de proportionaliteit als positief.")),
                Profile.DEFINITIEF)
            .issues()
            .get(0);
    assertThat(issue.getMessageEn())
        .isEqualTo(
            "The stance sentence is about \"de proportionaliteit\", but stands in the item on"
                + " subsidiariteit.");
    // Its own subject, a subject that is no item, and both items at once are fine.
    for (String zin :
        List.of(
            "Het kabinet heeft een positieve grondhouding ten aanzien van de subsidiariteit.",
            "De grondhouding ten aanzien van het voorstel als geheel is positief.",
            "De grondhouding ten aanzien van de subsidiariteit en proportionaliteit is positief.")) {
      assertThat(found(subsidiariteit(GrondhoudingOnderdeel.of(Oordeel.POSITIEF, zin))))
          .as(zin)
          .isEmpty();
    }
    // Items 4d and 4e name no such subject: a sentence there is not checked for one.
    assertThat(
            found(
                Fixtures.grondhouding(
                    Fixtures.geldig(),
                    g ->
                        g.withFinancieleGevolgen(
                            GrondhoudingOnderdeel.of(
                                "De grondhouding ten aanzien van de subsidiariteit is positief.")))))
        .isEmpty();
  }

  @Test
  void theFormsOf2013To2024GiveNoIssueInTheirItems() {
    KamerstukDocument d =
        Fixtures.grondhouding(
            Fixtures.fiche(base(), f -> f.withGeneratie(Generatie.G2013)),
            g ->
                g.withSubsidiariteit(
                        GrondhoudingOnderdeel.of(
                            "Het kabinet heeft een positieve grondhouding ten aanzien van de"
                                + " subsidiariteit: veerdiensten varen tussen lidstaten."))
                    .withProportionaliteit(
                        GrondhoudingOnderdeel.of(
                            "De grondhouding ten aanzien van de proportionaliteit is eveneens"
                                + " positief.")));
    assertThat(Fixtures.validator().validate(d, Profile.CONCEPT).issues()).isEmpty();
    assertThat(
            Fixtures.validator().validate(d, Profile.DEFINITIEF).issues().stream()
                .filter(
                    i -> i.getRuleId().startsWith("BNC-C") || i.getRuleId().equals("BNC-V-008")))
        .isEmpty();
  }
}
