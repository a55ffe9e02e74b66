package nl.bncfiche.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import nl.bncfiche.model.Aanbiedingsbrief;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.EurLexVerwijzing;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Grondhouding;
import nl.bncfiche.model.GrondhoudingOnderdeel;
import nl.bncfiche.model.ImpactAssessment;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.KamerstukKop;
import nl.bncfiche.model.Ministeries;
import nl.bncfiche.model.Oordeel;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.TekstRun;
import nl.bncfiche.model.Voetnoot;
import nl.bncfiche.model.VoetnootVerwijzing;
import nl.bncfiche.model.VoorstelSoort;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.KamerstukReferentie;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import org.junit.jupiter.api.Test;

/**
 * Seeded random documents, odd values included: validation never throws, no rule fails inside, and
 * every reported path resolves. Left out of mutation testing (random input), see the pom.
 */
class RobustnessTest {
  private static final String[] PIECES = {
    "",
    " ",
    "COM(2025) 743 final",
    "JOIN(2023) 20",
    "COM(",
    "52025DC0743",
    "CELEX:",
    "CELEX:5",
    "EUR-Lex - ",
    "EUR-Lex - 9",
    "De grondhouding van het kabinet is ",
    "positief",
    ".",
    "Het kabinet beoordeelt de subsidiariteit als",
    " als ",
    "Raad ",
    "-raad",
    "(",
    ")",
    "Ministerie van ",
    " in nauwe samenwerking met ",
    " en ",
    "4 december 2025",
    "31 februari",
    "22 112",
    "nr.",
    "Kamerstuk ",
    "4239",
    "GX",
    "\u0000",
    "\uD83D\uDCA5",
    "${x}",
    "{0}",
    "twintig",
    "één",
    "procedure",
    "\n",
    "–",
    "%3A"
  };

  private static String text(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  private static Tekst tekst(Random r) {
    nl.bncfiche.model.ImmutableTekst.Builder b = Tekst.builder();
    int n = r.nextInt(3);
    for (int i = 0; i < n; i++) {
      nl.bncfiche.model.ImmutableAlinea.Builder a = Alinea.builder();
      int k = r.nextInt(4);
      for (int j = 0; j < k; j++) {
        if (r.nextInt(3) == 0) {
          a.addInhoud(VoetnootVerwijzing.of(1 + r.nextInt(6)));
        } else {
          a.addInhoud(TekstRun.of(text(r)));
        }
      }
      b.addAlinea(a.build());
    }
    return b.build();
  }

  private static <E extends Enum<E>> E pick(Random r, E[] values) {
    return values[r.nextInt(values.length)];
  }

  private static GrondhoudingOnderdeel item(Random r) {
    nl.bncfiche.model.ImmutableGrondhoudingOnderdeel.Builder b =
        GrondhoudingOnderdeel.builder().tekst(tekst(r));
    if (r.nextBoolean()) {
      b.oordeel(pick(r, Oordeel.values()));
    }
    return b.build();
  }

  static KamerstukDocument document(Random r) {
    nl.bncfiche.model.ImmutableFiche.Builder f = Fiche.builder().titel(text(r));
    if (r.nextBoolean()) {
      f.sjabloon(pick(r, Sjabloon.values()));
    }
    if (r.nextBoolean()) {
      f.generatie(pick(r, Generatie.values()));
    }
    if (r.nextBoolean()) {
      f.soort(pick(r, VoorstelSoort.values()));
    }
    if (r.nextInt(4) > 0) {
      nl.bncfiche.model.ImmutableAlgemeneGegevens.Builder a = AlgemeneGegevens.builder();
      for (int i = r.nextInt(3); i > 0; i--) {
        a.addTitel(text(r))
            .addCommissieDocument(Parsed.parse(text(r), CommissieDocument::parse))
            .addEurLex(EurLexVerwijzing.of(text(r)));
      }
      if (r.nextBoolean()) {
        a.datumOntvangst(Parsed.parse(text(r), NederlandseDatum::parse));
      }
      if (r.nextBoolean()) {
        a.datumOntvangst(
            Parsed.of(
                NederlandseDatum.of(
                    java.time.LocalDate.of(
                        2000 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28)))));
      }
      a.impactAssessment(ImpactAssessment.of(text(r)))
          .behandelingstrajectRaad(text(r))
          .eerstverantwoordelijkMinisterie(Ministeries.ofTekst(text(r)))
          .besluitvormingsprocedureRaad(text(r))
          .rolEuropeesParlement(text(r));
      f.algemeneGegevens(a.build());
    }
    if (r.nextInt(4) > 0) {
      f.grondhouding(
          Grondhouding.builder()
              .bevoegdheid(item(r))
              .subsidiariteit(item(r))
              .proportionaliteit(item(r))
              .regeldruk(item(r))
              .build());
    }
    f.ontwikkelingslanden(tekst(r));
    for (int i = r.nextInt(4); i > 0; i--) {
      f.addVoetnoot(Voetnoot.builder().nummer(1 + r.nextInt(6)).tekst(tekst(r)).build());
    }
    nl.bncfiche.model.ImmutableKamerstukDocument.Builder d =
        KamerstukDocument.builder().addFiche(f.build());
    if (r.nextBoolean()) {
      d.kop(
          KamerstukKop.builder()
              .dossier(text(r))
              .nummer(text(r))
              .datum(
                  Parsed.parse(
                      r.nextBoolean() ? text(r) : "1 mei 20" + (10 + r.nextInt(30)),
                      NederlandseDatum::parse))
              .build());
    }
    if (r.nextBoolean()) {
      nl.bncfiche.model.ImmutableAanbiedingsbrief.Builder b =
          Aanbiedingsbrief.builder().aantalZoalsGeschreven(text(r));
      if (r.nextBoolean()) {
        b.aangekondigdAantal(r.nextInt(4));
      }
      for (int i = r.nextInt(4); i > 0; i--) {
        nl.bncfiche.model.ImmutableBriefVermelding.Builder v =
            BriefVermelding.builder().titel(text(r));
        if (r.nextBoolean()) {
          v.referentie(
              Parsed.parse(
                  r.nextBoolean() ? text(r) : "Kamerstuk 22 112, nr. " + (4200 + r.nextInt(9)),
                  KamerstukReferentie::parse));
        }
        b.addVermelding(v.build());
      }
      d.brief(b.build());
    }
    return d.build();
  }

  @Test
  void randomDocumentsNeverBreakTheValidator() {
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    FicheValidator v = Fixtures.validator();
    for (int i = 0; i < 400; i++) {
      KamerstukDocument d = document(r);
      for (Profile p : Profile.values()) {
        ValidationReport report = v.validate(d, p);
        assertThat(report.hasIssue("BNC-X-000"))
            .as("seed " + seed + ", document " + i + ": " + report)
            .isFalse();
      }
    }
  }

  @Test
  void everyPointerOfRandomDocumentsResolves() throws Exception {
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    int checked = 0;
    for (int i = 0; i < 200; i++) {
      checked += PathsTest.check(RobustnessTest.document(r), "seed " + seed + ", document " + i);
    }
    assertThat(checked).isGreaterThan(100);
  }
}
