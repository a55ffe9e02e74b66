package nl.bncfiche.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.bncfiche.model.Aanbiedingsbrief;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.EssentieVoorstel;
import nl.bncfiche.model.EurLexVerwijzing;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Grondhouding;
import nl.bncfiche.model.GrondhoudingOnderdeel;
import nl.bncfiche.model.ImpactAssessment;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.KamerstukKop;
import nl.bncfiche.model.Ministeries;
import nl.bncfiche.model.NederlandsePositie;
import nl.bncfiche.model.Onderdeel;
import nl.bncfiche.model.Oordeel;
import nl.bncfiche.model.Sectie;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.Voetnoot;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.KamerstukReferentie;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.id.ProcedureNummer;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Expression-language and message-parameter payloads in every text field are reported verbatim and
 * never evaluated, by our validator and by a plain Jakarta validator.
 */
class InjectionTest {
  /** A document whose every text field holds {@code p}. */
  static KamerstukDocument everywhere(String p) {
    Fiche f =
        Fiche.builder()
            .titel(p)
            .sjabloon(Sjabloon.WETGEVING)
            .generatie(Generatie.G2025)
            .algemeneGegevens(
                AlgemeneGegevens.builder()
                    .addTitel(p)
                    .datumOntvangst(Parsed.parse(p, NederlandseDatum::parse))
                    .addCommissieDocument(Parsed.parse(p, CommissieDocument::parse))
                    .addEurLex(EurLexVerwijzing.of("CELEX:" + p))
                    .impactAssessment(ImpactAssessment.of(p))
                    .behandelingstrajectRaad(p)
                    .eerstverantwoordelijkMinisterie(Ministeries.ofTekst(p))
                    .addRechtsbasis(p)
                    .besluitvormingsprocedureRaad(p)
                    .rolEuropeesParlement(p)
                    .addProcedure(Parsed.parse(p, ProcedureNummer::parse))
                    .addOverigeOnderdeel(Onderdeel.builder().label(p).tekst(Tekst.of(p)).build())
                    .build())
            .essentie(
                EssentieVoorstel.builder()
                    .inhoud(Tekst.of(p))
                    .impactAssessment(Tekst.of(p))
                    .build())
            .nederlandsePositie(
                NederlandsePositie.builder()
                    .essentieBeleid(Tekst.of(p))
                    .beoordeling(Tekst.of(p))
                    .krachtenveld(Tekst.of(p))
                    .build())
            .grondhouding(
                Grondhouding.builder()
                    .bevoegdheid(
                        GrondhoudingOnderdeel.of(
                            Oordeel.POSITIEF, "De grondhouding van het kabinet is " + p + "."))
                    .subsidiariteit(GrondhoudingOnderdeel.of(p))
                    .proportionaliteit(GrondhoudingOnderdeel.of(p))
                    .financieleGevolgen(GrondhoudingOnderdeel.of(p))
                    .regeldruk(GrondhoudingOnderdeel.of(p))
                    .build())
            .ontwikkelingslanden(Tekst.of(Alinea.of(p)))
            .addOverigeSectie(Sectie.builder().kop(p).tekst(Tekst.of(p)).build())
            .addVoetnoot(Voetnoot.of(1, p))
            .build();
    return KamerstukDocument.builder()
        .kop(
            KamerstukKop.builder()
                .dossier(p)
                .dossierTitel(p)
                .nummer(p)
                .afzender(p)
                .geadresseerde(p)
                .plaats(p)
                .datum(Parsed.parse(p, NederlandseDatum::parse))
                .build())
        .brief(
            Aanbiedingsbrief.builder()
                .aankondiging(p)
                .aangekondigdAantal(1)
                .aantalZoalsGeschreven(p)
                .addAanvullendeZin(p)
                .addVermelding(
                    BriefVermelding.builder()
                        .markering(p)
                        .voorvoegsel(p)
                        .titel(p)
                        .referentie(Parsed.parse(p, KamerstukReferentie::parse))
                        .build())
                .ondertekenaarFunctie(p)
                .ondertekenaarNaam(p)
                .build())
        .addFiche(f)
        .build();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "${1+1}",
        "#{1+1}",
        "{jakarta.validation.constraints.NotNull.message}",
        "${validatedValue}",
        "{0}",
        "{1}",
        "\\{0\\}",
        "$\\{''.getClass()}"
      })
  void payloadsAreReportedVerbatimNeverEvaluated(String payload) {
    ValidationReport r = Fixtures.validator().validate(everywhere(payload), Profile.DEFINITIEF);
    assertThat(r.hasIssue("BNC-X-000")).as(r.toString()).isFalse();
    List<String> quoting =
        List.of(
            "BNC-F-001",
            "BNC-F-003",
            "BNC-F-004",
            "BNC-F-005",
            "BNC-F-007",
            "BNC-C-004",
            "BNC-P-003",
            "BNC-P-004",
            "BNC-P-005",
            "BNC-B-005");
    for (String id : quoting) {
      if (id.equals("BNC-C-004") && payload.contains(".")) {
        continue; // a stance sentence ends at the first period: only part of the payload is the
        // verdict
      }
      assertThat(r.issues())
          .as(id)
          .filteredOn(i -> i.getRuleId().equals(id))
          .isNotEmpty()
          .allSatisfy(
              i -> {
                assertThat(i.getArguments()).contains(payload);
                assertThat(i.getMessageNl()).contains(payload);
                assertThat(i.getMessageEn()).contains(payload);
              });
    }
    assertThat(r.issues())
        .allSatisfy(
            i -> {
              assertThat(i.getMessageEn()).doesNotContain("must not be null").doesNotContain("{2}");
            });

    Validator plain =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .ignoreXmlConfiguration()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
    Set<ConstraintViolation<KamerstukDocument>> violations = plain.validate(everywhere(payload));
    assertThat(violations)
        .isNotEmpty()
        .allSatisfy(
            v -> {
              assertThat(v.getMessage())
                  .startsWith("BNC-")
                  .doesNotContain(payload)
                  .isEqualTo(v.getMessageTemplate());
              Issue issue = JakartaIntegrationTest.issueOf(v);
              assertThat(issue).isNotNull();
              assertThat(issue.getSeverity()).isEqualTo(Severity.ERROR);
            });
    List<String> args = new ArrayList<>();
    for (ConstraintViolation<KamerstukDocument> v : violations) {
      args.addAll(JakartaIntegrationTest.issueOf(v).getArguments());
    }
    assertThat(args).contains(payload);
  }
}
