package nl.bncfiche.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.GrondhoudingOnderdeel;
import nl.bncfiche.model.ImmutableConsequenties;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Kenmerk;
import nl.bncfiche.model.Onderdeel;
import nl.bncfiche.model.Sectie;
import nl.bncfiche.model.Tekst;
import org.junit.jupiter.api.Test;

/**
 * The severities of the completeness rules: ERROR in a draft under DEFINITIEF, WARNING in a
 * published Kamerstuk (a numbered header), WARNING for an item 4a–4c whose text gives its verdict
 * in words the rules do not know, and WARNING for the unconfirmed 2025 legislative layout.
 */
class CompletenessSeverityTest {
  private static final String SUBSIDIARITEIT = "/fiches/0/grondhouding/subsidiariteit/";

  private static List<String> found(KamerstukDocument d, String prefix) {
    return Fixtures.validator().validate(d, Profile.DEFINITIEF).issues().stream()
        .filter(i -> i.getRuleId().startsWith(prefix))
        .map(i -> i.getRuleId() + " " + i.getSeverity() + " " + i.getPointer())
        .collect(Collectors.toList());
  }

  private static KamerstukDocument zonderDatum(KamerstukDocument d) {
    return Fixtures.algemeen(d, a -> a.withDatumOntvangst(Optional.empty()));
  }

  @Test
  void anEmptyItemIsAnErrorInADraftAndAWarningInAPublishedKamerstuk() {
    String pointer = "/fiches/0/algemeneGegevens/datumOntvangst";
    assertThat(found(zonderDatum(Fixtures.ontwerp(Fixtures.geldig())), "BNC-V"))
        .containsExactly("BNC-V-003 ERROR " + pointer);
    assertThat(found(zonderDatum(Fixtures.geldig()), "BNC-V"))
        .containsExactly("BNC-V-003 WARNING " + pointer);
    // A header without a number, or no header at all, is no published Kamerstuk.
    assertThat(found(zonderDatum(Fixtures.mededeling()), "BNC-V"))
        .containsExactly("BNC-V-003 ERROR " + pointer);
    assertThat(Fixtures.validator().validate(zonderDatum(Fixtures.geldig()), Profile.DEFINITIEF))
        .satisfies(r -> assertThat(r.isValid()).isTrue());
  }

  @Test
  void anItemIsNeverCalledEmptyWhenTextTheReaderCouldNotPlaceMayBeIt() {
    String pointer = "/fiches/0/algemeneGegevens/datumOntvangst";
    KamerstukDocument draft = zonderDatum(Fixtures.ontwerp(Fixtures.geldig()));
    // An unlabelled item in section 1 may be the date: "not recognised", a WARNING.
    KamerstukDocument unlabelled =
        Fixtures.algemeen(
            draft,
            a -> a.withOverigeOnderdelen(Onderdeel.builder().tekst(Tekst.of("12 mei")).build()));
    List<Issue> issues =
        Fixtures.validator().validate(unlabelled, Profile.DEFINITIEF).issues().stream()
            .filter(i -> i.getRuleId().equals("BNC-V-003"))
            .toList();
    assertThat(issues).extracting(Issue::getSeverity).containsExactly(Severity.WARNING);
    assertThat(issues.get(0).getPointer()).isEqualTo(pointer);
    assertThat(issues.get(0).getMessageNl())
        .isEqualTo(
            "Onderdeel 1b (Datum ontvangst Commissiedocument) is niet herkend; het kan staan in"
                + " tekst die de lezer niet kon plaatsen.")
        .doesNotContain("leeg");
    assertThat(issues.get(0).getMessageEn()).contains("not recognised");
    // So may a further section of the fiche, for any section.
    KamerstukDocument further =
        Fixtures.fiche(
            draft,
            f ->
                f.withOverigeSecties(
                    Sectie.builder().kop("1b Datum").tekst(Tekst.of("12 mei")).build()));
    assertThat(found(further, "BNC-V")).containsExactly("BNC-V-003 WARNING " + pointer);
    // Without unplaced text, the empty item is an ERROR of a draft, as before.
    assertThat(found(draft, "BNC-V")).containsExactly("BNC-V-003 ERROR " + pointer);
    // A severity the caller set holds here too.
    FicheValidator strict =
        FicheValidator.builder()
            .clock(Fixtures.CLOCK)
            .severity("BNC-V-003", Severity.ERROR)
            .build();
    assertThat(strict.validate(unlabelled, Profile.DEFINITIEF).issues())
        .filteredOn(i -> i.getRuleId().equals("BNC-V-003"))
        .extracting(Issue::getSeverity)
        .containsExactly(Severity.ERROR);
  }

  @Test
  void aSeverityTheCallerSetsHoldsInAPublishedKamerstukToo() {
    FicheValidator strict =
        FicheValidator.builder()
            .clock(Fixtures.CLOCK)
            .severity("BNC-V-003", Severity.ERROR)
            .build();
    assertThat(strict.validate(zonderDatum(Fixtures.geldig()), Profile.DEFINITIEF).issues())
        .extracting(Issue::getSeverity)
        .containsExactly(Severity.ERROR);
  }

  @Test
  void titleAndTemplateStayErrorsInAPublishedKamerstuk() {
    assertThat(found(Fixtures.fiche(Fixtures.geldig(), f -> f.withTitel("")), "BNC-V"))
        .containsExactly("BNC-V-001 ERROR /fiches/0/titel");
  }

  /** The document with its item 4b replaced (and the footnote only that item referred to). */
  private static KamerstukDocument subsidiariteit(KamerstukDocument d, GrondhoudingOnderdeel o) {
    return Fixtures.grondhouding(
        Fixtures.fiche(d, f -> f.withVoetnoten(f.getVoetnoten().get(0))),
        g -> g.withSubsidiariteit(o));
  }

  @Test
  void aVerdictIsMissingAsAnErrorOnlyWhenTheItemHasNoText() {
    KamerstukDocument draft = Fixtures.ontwerp(Fixtures.geldig());
    assertThat(
            found(
                subsidiariteit(draft, GrondhoudingOnderdeel.builder().tekst(Tekst.leeg()).build()),
                "BNC-V"))
        .containsExactly(
            "BNC-V-008 ERROR " + SUBSIDIARITEIT + "oordeel",
            "BNC-V-007 ERROR " + SUBSIDIARITEIT + "tekst");
    // Text without a stance sentence: the verdict may be there in other words.
    assertThat(
            found(
                subsidiariteit(
                    draft, GrondhoudingOnderdeel.of("Lidstaten kunnen dit niet alleen.")),
                "BNC-V"))
        .containsExactly("BNC-V-008 WARNING " + SUBSIDIARITEIT + "oordeel");
    // In a published Kamerstuk an empty item is a warning too.
    assertThat(
            found(
                subsidiariteit(
                    Fixtures.geldig(), GrondhoudingOnderdeel.builder().tekst(Tekst.leeg()).build()),
                "BNC-V"))
        .containsExactly(
            "BNC-V-008 WARNING " + SUBSIDIARITEIT + "oordeel",
            "BNC-V-007 WARNING " + SUBSIDIARITEIT + "tekst");
  }

  @Test
  void aStanceSentenceInAnyFormFishesUseGivesTheVerdict() {
    KamerstukDocument draft = Fixtures.ontwerp(Fixtures.geldig());
    for (String zin :
        List.of(
            "Het kabinet heeft een positieve grondhouding ten aanzien van de subsidiariteit: havens"
                + " liggen in meer lidstaten.",
            "De grondhouding ten aanzien van de subsidiariteit is eveneens positief.",
            "De grondhouding van het kabinet is positief, met kanttekeningen.",
            "De grondhouding van het kabinet is overwegend positief.",
            "De grondhouding van het kabinet is in beginsel positief.",
            "De grondhouding van het kabinet is positief-kritisch.",
            "De grondhouding van het kabinet is deels positief en deels negatief.",
            "Het kabinet beoordeelt de subsidiariteit als neutraal.")) {
      KamerstukDocument d =
          subsidiariteit(draft, GrondhoudingOnderdeel.of(zin, "Een tweede alinea."));
      assertThat(found(d, "BNC-")).as(zin).isEmpty();
    }
    // A sentence on another item gives this one no verdict.
    assertThat(
            found(
                subsidiariteit(
                    draft,
                    GrondhoudingOnderdeel.of(
                        "De grondhouding ten aanzien van de proportionaliteit is positief.")),
                "BNC-V"))
        .containsExactly("BNC-V-008 WARNING " + SUBSIDIARITEIT + "oordeel");
    // Nor does a sentence whose verdict words are unknown.
    assertThat(
            found(
                subsidiariteit(
                    draft, GrondhoudingOnderdeel.of("De grondhouding van het kabinet is lauw.")),
                "BNC-V"))
        .containsExactly("BNC-V-008 WARNING " + SUBSIDIARITEIT + "oordeel");
  }

  @Test
  void theLater2025LegislativeSectionsAreWarningsUntilTheTemplateIsConfirmed() {
    KamerstukDocument draft =
        Fixtures.fiche(
            Fixtures.ontwerp(Fixtures.geldig()),
            f ->
                f.withConsequenties(
                    ImmutableConsequenties.copyOf(f.getConsequenties().get())
                        .withHandhaafbaarheid(Optional.empty())));
    String pointer = "/fiches/0/consequenties/handhaafbaarheid";
    assertThat(found(draft, "BNC-V")).containsExactly("BNC-V-009 WARNING " + pointer);
    // The 2013-2024 legislative layout is confirmed: there it is an error.
    KamerstukDocument older =
        Fixtures.fiche(
            draft,
            f ->
                f.withGeneratie(Generatie.G2013)
                    .withGrondhouding(
                        f.getGrondhouding()
                            .map(
                                g ->
                                    nl.bncfiche.model.ImmutableGrondhouding.copyOf(g)
                                        .withFinancieleGevolgen(Optional.empty())
                                        .withRegeldruk(Optional.empty()))));
    assertThat(found(older, "BNC-V-009")).contains("BNC-V-009 ERROR " + pointer);
  }

  @Test
  void aPresumedTemplateOrGenerationMakesItsRulesWarnings() {
    // A draft legislative fiche of 2025 without 1h and 4a's verdict: ERRORs when its layout is
    // stated, WARNINGs when the reader presumed it (the parts may be another template's).
    KamerstukDocument stated =
        Fixtures.algemeen(
            Fixtures.ontwerp(Fixtures.geldig()), a -> a.withRechtsbasis(List.<String>of()));
    assertThat(found(stated, "BNC-V"))
        .containsExactly("BNC-V-004 ERROR /fiches/0/algemeneGegevens/rechtsbasis");
    for (Kenmerk k : Kenmerk.values()) {
      KamerstukDocument presumed = Fixtures.fiche(stated, f -> f.withVermoed(k));
      assertThat(found(presumed, "BNC-V"))
          .as("%s", k)
          .containsExactly("BNC-V-004 WARNING /fiches/0/algemeneGegevens/rechtsbasis");
      assertThat(Fixtures.validator().validate(presumed, Profile.DEFINITIEF).isValid()).isTrue();
    }
    // What does not depend on the template stays an ERROR.
    KamerstukDocument untitled =
        Fixtures.fiche(stated, f -> f.withVermoed(Kenmerk.SJABLOON).withTitel(""));
    assertThat(found(untitled, "BNC-V-001")).containsExactly("BNC-V-001 ERROR /fiches/0/titel");
  }

  @Test
  void aPlainJakartaValidatorReportsNoWarningOfAPublishedKamerstuk() {
    assertThat(JakartaValidation.validator().validate(zonderDatum(Fixtures.geldig()))).isEmpty();
    assertThat(
            JakartaValidation.validator()
                .validate(zonderDatum(Fixtures.ontwerp(Fixtures.geldig()))))
        .hasSize(1);
  }

  @Test
  void theCatalogueNamesTheMilderSeverities() {
    for (String id : List.of("BNC-V-003", "BNC-V-004", "BNC-V-005", "BNC-V-006", "BNC-V-007")) {
      assertThat(RuleCatalog.rule(id).orElseThrow().getReduction().orElseThrow().toString())
          .startsWith(
              "WARNING in a published Kamerstuk, and when the fiche's template or generation is"
                  + " presumed (BNC-R-011), and when the fiche has text that was not")
          .endsWith("the message then says 'not recognised')");
    }
    assertThat(RuleCatalog.rule("BNC-V-008").orElseThrow().getReduction().orElseThrow().getWhenEn())
        .startsWith("when the item has text");
    assertThat(RuleCatalog.rule("BNC-V-001").orElseThrow().getReduction()).isEmpty();
  }
}
