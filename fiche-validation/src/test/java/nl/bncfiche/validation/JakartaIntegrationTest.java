package nl.bncfiche.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.KamerstukKop;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.KamerstukReferentie;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.id.ProcedureNummer;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** A user's own Jakarta validator applies the same rules through the model's annotations. */
class JakartaIntegrationTest {
  private static final Validator PLAIN =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

  /** The issue a violation carries as its dynamic payload. */
  static Issue issueOf(ConstraintViolation<?> v) {
    HibernateConstraintViolation<?> h = v.unwrap(HibernateConstraintViolation.class);
    return h.getDynamicPayload(Issue.class);
  }

  private static Set<String> paths(Set<? extends ConstraintViolation<?>> vs) {
    return vs.stream()
        .map(v -> v.getPropertyPath().toString() + " " + v.getMessageTemplate().substring(0, 9))
        .collect(Collectors.toSet());
  }

  @Test
  void documentViolationsCarryRuleIdPathAndTheIssue() {
    KamerstukDocument d =
        Fixtures.grondhouding(
            Fixtures.fiche(Fixtures.ontwerp(Fixtures.geldig()), f -> f.withTitel("")),
            g ->
                g.withSubsidiariteit(
                    Fixtures.geldig()
                        .getFiches()
                        .get(0)
                        .getGrondhouding()
                        .get()
                        .getSubsidiariteit()
                        .map(
                            s ->
                                nl.bncfiche.model.ImmutableGrondhoudingOnderdeel.copyOf(s)
                                    .withOordeel(Optional.empty())
                                    .withTekst(nl.bncfiche.model.Tekst.leeg()))
                        .get()));
    Set<ConstraintViolation<KamerstukDocument>> vs = PLAIN.validate(d);
    assertThat(paths(vs))
        .containsExactlyInAnyOrder(
            "fiches[0].titel BNC-V-001",
            "fiches[0].grondhouding.subsidiariteit.oordeel BNC-V-008",
            "fiches[0].grondhouding.subsidiariteit.tekst BNC-V-007");
    ConstraintViolation<KamerstukDocument> v = vs.iterator().next();
    Issue issue = JakartaIntegrationTest.issueOf(v);
    assertThat(issue.getPointer())
        .isIn(
            "/fiches/0/titel",
            "/fiches/0/grondhouding/subsidiariteit/oordeel",
            "/fiches/0/grondhouding/subsidiariteit/tekst");
  }

  @Test
  void theLibrarysOwnFactoryIsSafeAndAppliesTheSameRules() {
    KamerstukDocument d = Fixtures.fiche(Fixtures.geldig(), f -> f.withTitel(""));
    Validator safe = JakartaValidation.validator();
    assertThat(JakartaValidation.factory().getMessageInterpolator())
        .isInstanceOf(ParameterMessageInterpolator.class);
    assertThat(paths(safe.validate(d))).containsExactly("fiches[0].titel BNC-V-001");
    assertThat(safe.validate(Fixtures.geldig())).isEmpty();
    assertThat(JakartaValidation.validator()).isSameAs(safe);
    // A payload in a validated value is never evaluated: the template is the rule's constant text.
    KamerstukDocument hostile =
        Fixtures.algemeen(
            Fixtures.geldig(),
            a ->
                a.withDatumOntvangst(
                    Parsed.parse("${1000+337} #{1} {0}", NederlandseDatum::parse)));
    assertThat(safe.validate(hostile))
        .isNotEmpty()
        .allSatisfy(
            v -> {
              assertThat(v.getMessage()).doesNotContain("1337");
              assertThat(v.getMessageTemplate()).doesNotContain("${1000+337}");
            });
  }

  @Test
  void onlyErrorsBecomeViolations() {
    KamerstukDocument d =
        Fixtures.algemeen(
            Fixtures.geldig(), a -> a.withBehandelingstrajectRaad("Raad Ruimtevaart"));
    assertThat(PLAIN.validate(d)).isEmpty();
    assertThat(PLAIN.validate(Fixtures.geldig())).isEmpty();
  }

  @Test
  void aFicheOnItsOwnHasPathsRelativeToTheFiche() {
    Fiche f =
        Fixtures.algemeen(
                Fixtures.geldig(),
                a ->
                    a.withCommissieDocumenten(
                        Parsed.parse("COM(2026) ", CommissieDocument::parse),
                        Parsed.parse("COM(2026) 1", CommissieDocument::parse)))
            .getFiches()
            .get(0);
    // COM(2026) 1 does not match CELEX 52026PC0120 either: BNC-C-001.
    assertThat(paths(PLAIN.validate(f)))
        .containsExactlyInAnyOrder(
            "algemeneGegevens.commissieDocumenten[0] BNC-F-001",
            "algemeneGegevens.eurLex[0] BNC-C-001");
  }

  @Test
  void trailingIndexAndRootPathsBecomeBeanNodes() {
    KamerstukDocument d =
        Fixtures.fiche(
            Fixtures.geldig(),
            f ->
                f.withVoetnoten(
                    f.getVoetnoten().get(0), f.getVoetnoten().get(1), f.getVoetnoten().get(1)));
    assertThat(paths(PLAIN.validate(d))).containsExactly("fiches[0].voetnoten[2] BNC-N-003");
  }

  @Test
  void fieldConstraintsApplyWhenAPartIsValidatedOnItsOwn() {
    AlgemeneGegevens a =
        AlgemeneGegevens.builder()
            .datumOntvangst(Parsed.parse("30 februari 2026", NederlandseDatum::parse))
            .addCommissieDocumenten(
                Parsed.parse("COM(2026) 5", CommissieDocument::parse),
                Parsed.parse("COM 2026", CommissieDocument::parse))
            .addProcedure(Parsed.parse("2026/1 (QQQ", ProcedureNummer::parse))
            .build();
    Set<String> found = paths(PLAIN.validate(a));
    assertThat(found)
        .hasSize(3)
        .anyMatch(s -> s.startsWith("datumOntvangst") && s.endsWith("BNC-F-005"))
        .anyMatch(s -> s.startsWith("commissieDocumenten[1]") && s.endsWith("BNC-F-001"))
        .anyMatch(s -> s.startsWith("procedures[0]") && s.endsWith("BNC-F-003"));
    BriefVermelding v =
        BriefVermelding.builder()
            .referentie(Parsed.parse("nr. x", KamerstukReferentie::parse))
            .build();
    // BNC-F-004 is a WARNING: a Jakarta validator reports only the ERROR rules.
    assertThat(PLAIN.validate(v)).isEmpty();
    KamerstukKop k =
        KamerstukKop.builder()
            .datum(Parsed.parse("31 april 2026", NederlandseDatum::parse))
            .build();
    assertThat(paths(PLAIN.validate(k))).singleElement().asString().endsWith("BNC-F-005");
    assertThat(PLAIN.validate(AlgemeneGegevens.builder().build())).isEmpty();
  }
}
