package nl.bncfiche.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.fixture.RealFiche;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.Parsed;
import org.junit.jupiter.api.Test;

class FicheValidatorTest {
  private static KamerstukDocument broken() {
    KamerstukDocument d =
        Fixtures.algemeen(
            Fixtures.ontwerp(Fixtures.geldig()),
            a ->
                a.withCommissieDocumenten(Parsed.parse("COM(2026 120", CommissieDocument::parse))
                    .withRolEuropeesParlement(Optional.empty())
                    .withBehandelingstrajectRaad("Raad Ruimtevaart"));
    return Fixtures.fiche(d, f -> f.withTitel(""));
  }

  @Test
  void realFicheHasNoErrorUnderDefinitief() {
    ValidationReport r = Fixtures.validator().validate(RealFiche.require(), Profile.DEFINITIEF);
    assertThat(r.issues(Severity.ERROR)).as(r.toString()).isEmpty();
    assertThat(r.isValid()).isTrue();
  }

  @Test
  void conceptLeavesOutCompletenessDefinitiefReportsIt() {
    ValidationReport concept = Fixtures.validator().validate(broken(), Profile.CONCEPT);
    ValidationReport definitief = Fixtures.validator().validate(broken(), Profile.DEFINITIEF);
    assertThat(concept.hasIssue("BNC-V-001")).isFalse();
    assertThat(concept.hasIssue("BNC-F-001")).isTrue();
    assertThat(definitief.hasIssue("BNC-V-001")).isTrue();
    assertThat(definitief.hasIssue("BNC-V-004")).isTrue();
    assertThat(definitief.isValid()).isFalse();
  }

  @Test
  void severitiesCanBeRaisedLoweredAndSwitchedOffById() {
    FicheValidator v =
        FicheValidator.builder()
            .clock(Fixtures.CLOCK)
            .severity("BNC-F-001", Severity.INFO)
            .severity("BNC-P-005", Severity.ERROR)
            .disable("BNC-V-001")
            .build();
    ValidationReport r = v.validate(broken(), Profile.DEFINITIEF);
    assertThat(r.hasIssue("BNC-V-001")).isFalse();
    assertThat(r.issues(Severity.INFO)).extracting(Issue::getRuleId).containsExactly("BNC-F-001");
    assertThat(r.issues(Severity.ERROR))
        .extracting(Issue::getRuleId)
        .contains("BNC-P-005", "BNC-V-004");
  }

  @Test
  void onlyErrorsMakeAFicheInvalid() {
    KamerstukDocument d =
        Fixtures.algemeen(
            Fixtures.geldig(), a -> a.withBehandelingstrajectRaad("Raad Ruimtevaart"));
    ValidationReport r = Fixtures.validator().validate(d, Profile.DEFINITIEF);
    assertThat(r.issues()).extracting(Issue::getSeverity).containsExactly(Severity.WARNING);
    assertThat(r.isValid()).isTrue();
    FicheValidator strict =
        FicheValidator.builder()
            .clock(Fixtures.CLOCK)
            .severity("BNC-P-005", Severity.ERROR)
            .build();
    assertThat(strict.validate(d, Profile.DEFINITIEF).isValid()).isFalse();
  }

  @Test
  void unknownRuleIdsAreRejected() {
    assertThatThrownBy(() -> FicheValidator.builder().disable("BNC-V-999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BNC-V-999");
    assertThatThrownBy(() -> FicheValidator.builder().severity("fout", Severity.INFO))
        .isInstanceOf(IllegalArgumentException.class);
    // A retired id names its successor.
    assertThatThrownBy(() -> FicheValidator.builder().disable("BNC-B-004"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("retired")
        .hasMessageContaining("BNC-B-006");
    assertThat(RuleCatalog.rule("BNC-B-004")).isEmpty();
    assertThat(RuleCatalog.retired("BNC-B-004").orElseThrow().getReplacedBy())
        .isEqualTo("BNC-B-006");
    assertThat(RuleCatalog.retired("BNC-B-006")).isEmpty();
    assertThatThrownBy(() -> FicheValidator.builder().severity("BNC-V-001", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () -> FicheValidator.create().validate((KamerstukDocument) null, Profile.CONCEPT))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> FicheValidator.create().validate(Fixtures.geldig(), null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void aFicheOnItsOwnHasPathsOfAOneFicheDocument() {
    Fiche f = broken().getFiches().get(0);
    ValidationReport r = Fixtures.validator().validate(f, Profile.DEFINITIEF);
    assertThat(r.issues()).allSatisfy(i -> assertThat(i.getPointer()).startsWith("/fiches/0/"));
    assertThat(r.issues()).extracting(Issue::getPointer).contains("/fiches/0/titel");
  }

  @Test
  void orderIsDeterministicAndFollowsTheDocument() {
    ValidationReport a = Fixtures.validator().validate(broken(), Profile.DEFINITIEF);
    ValidationReport b = Fixtures.validator().validate(broken(), Profile.DEFINITIEF);
    assertThat(a).isEqualTo(b);
    assertThat(a.issues())
        .extracting(Issue::getPointer)
        .containsExactly(
            "/fiches/0/titel",
            "/fiches/0/algemeneGegevens/commissieDocumenten/0",
            "/fiches/0/algemeneGegevens/behandelingstrajectRaad",
            "/fiches/0/algemeneGegevens/rolEuropeesParlement");
  }

  @Test
  void messagesAreInBothLanguagesWhateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.JAPAN);
      List<Issue> japan = Fixtures.validator().validate(broken(), Profile.DEFINITIEF).issues();
      Locale.setDefault(Locale.ROOT);
      List<Issue> root = Fixtures.validator().validate(broken(), Profile.DEFINITIEF).issues();
      assertThat(japan).isEqualTo(root);
    } finally {
      Locale.setDefault(saved);
    }
    Issue f001 =
        Fixtures.validator().validate(broken(), Profile.DEFINITIEF).issues().stream()
            .filter(i -> i.getRuleId().equals("BNC-F-001"))
            .findFirst()
            .get();
    assertThat(f001.getMessageNl())
        .isEqualTo("\"COM(2026 120\" is geen geldig nummer van een Commissiedocument (positie 9).");
    assertThat(f001.getMessageEn())
        .startsWith(
            "\"COM(2026 120\" is not a well-formed Commission document number (at position 9: expected ");
    assertThat(f001.getArguments()).hasSize(3).first().isEqualTo("COM(2026 120");
  }

  @Test
  void toStringListsEveryIssueOnItsOwnLine() {
    ValidationReport r = Fixtures.validator().validate(broken(), Profile.DEFINITIEF);
    String[] lines = r.toString().split("\n", -1);
    assertThat(lines).hasSize(r.issues().size() + 1);
    assertThat(lines[0]).isEqualTo("invalid, 4 issues");
    assertThat(lines[1])
        .isEqualTo("ERROR BNC-V-001 /fiches/0/titel: Item titel (Fiche: …) is missing or empty.");
    assertThat(new ValidationReport(List.of()).toString()).isEqualTo("valid, 0 issues");
  }

  @Test
  void aMessageQuotesALongValueByItsFirstWordsTheIssueKeepsItWhole() {
    String secret = "Raad Ruimtevaart " + "en vertrouwelijke beleidsruimte ".repeat(40);
    KamerstukDocument d =
        Fixtures.algemeen(Fixtures.geldig(), a -> a.withBehandelingstrajectRaad(secret));
    Issue unknown =
        Fixtures.validator().validate(d, Profile.DEFINITIEF).issues().stream()
            .filter(i -> i.getArguments().contains(secret))
            .findFirst()
            .orElseThrow();
    assertThat(unknown.getMessageNl())
        .contains("\"Raad Ruimtevaart en vertrouwelijke beleidsruimte en…\"")
        .hasSizeLessThan(150);
    assertThat(unknown.getMessageEn()).doesNotContain(secret).hasSizeLessThan(150);
  }

  @Test
  void reportFiltersBySeverity() {
    ValidationReport r = Fixtures.validator().validate(broken(), Profile.DEFINITIEF);
    assertThat(r.issues(Severity.WARNING))
        .extracting(Issue::getRuleId)
        .containsExactly("BNC-P-005");
    assertThat(r.issues(Severity.ERROR)).hasSize(3);
    assertThat(r.issues(Severity.INFO)).isEmpty();
    assertThat(r.hasIssue("BNC-P-005")).isTrue();
    assertThat(r.hasIssue("BNC-P-004")).isFalse();
    assertThatThrownBy(() -> r.issues().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theIssuesPointerEscapesAndRendersTheRoot() {
    Issue i =
        new Issue("BNC-X-000", Severity.ERROR, List.of("a/b", "c~d", 3), "nl", "en", List.of());
    assertThat(i.getPointer()).isEqualTo("/a~1b/c~0d/3");
    Issue root = new Issue("BNC-X-000", Severity.ERROR, List.of(), "nl", "en", List.of("x"));
    assertThat(root.getPointer()).isEmpty();
    assertThat(root.toString()).isEqualTo("ERROR BNC-X-000 /: en");
    assertThat(root)
        .isEqualTo(new Issue("BNC-X-000", Severity.ERROR, List.of(), "nl", "en", List.of("x")));
    assertThat(root).isNotEqualTo(i);
    assertThat(root.hashCode())
        .isEqualTo(
            new Issue("BNC-X-000", Severity.ERROR, List.of(), "nl", "en", List.of("x")).hashCode());
    assertThatThrownBy(() -> new Issue("X", Severity.ERROR, List.of(-1), "nl", "en", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
