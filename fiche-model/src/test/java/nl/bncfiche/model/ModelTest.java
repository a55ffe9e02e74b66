package nl.bncfiche.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.bncfiche.model.fixture.SampleDocuments;
import nl.bncfiche.model.id.CelexNummer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelTest {
  @Test
  void everyBuilderAcceptsNothing() {
    assertThat(KamerstukDocument.builder().build().getFiches()).isEmpty();
    Fiche draft = Fiche.builder().build();
    assertThat(draft.getTitel()).isEmpty();
    assertThat(draft.getAlgemeneGegevens()).isEmpty();
    assertThat(AlgemeneGegevens.builder().build().getTitels()).isEmpty();
    assertThat(Aanbiedingsbrief.builder().build().getVermeldingen()).isEmpty();
    assertThat(BriefVermelding.builder().build().getTitel()).isEmpty();
    assertThat(KamerstukKop.builder().build().getNummer()).isEmpty();
    assertThat(Grondhouding.builder().build().getBevoegdheid()).isEmpty();
    assertThat(GrondhoudingOnderdeel.builder().build().getTekst().heeftInhoud()).isFalse();
    assertThat(NederlandsePositie.builder().build().getBeoordeling()).isEmpty();
    assertThat(EssentieVoorstel.builder().build().isOnderverdeeld()).isFalse();
    assertThat(Consequenties.builder().build().getDelegatie()).isEmpty();
    assertThat(FinancieleGevolgen.builder().build().getEuBegroting()).isEmpty();
    assertThat(Sectie.builder().build().getKop()).isEmpty();
    assertThat(Onderdeel.builder().build().getLabel()).isEmpty();
  }

  @Test
  void footnoteNumbersArePositive() {
    assertThatThrownBy(() -> Voetnoot.of(0, "x")).hasMessageContaining("positive");
    assertThatThrownBy(() -> VoetnootVerwijzing.of(-1)).hasMessageContaining("positive");
    assertThat(Voetnoot.of(7, "x").getNummer()).isEqualTo(7);
  }

  @Test
  void tekstHelpers() {
    Tekst t =
        Tekst.of(
            Alinea.builder()
                .addInhoud(TekstRun.of("Een"), VoetnootVerwijzing.of(3), TekstRun.of(" twee"))
                .build(),
            Alinea.of(AlineaSoort.OPSOMMING, TekstRun.of("drie"), VoetnootVerwijzing.of(4)));
    assertThat(t.platteTekst()).isEqualTo("Een twee\n\ndrie");
    assertThat(t.voetnootNummers()).containsExactly(3, 4);
    assertThat(t.heeftInhoud()).isTrue();
    assertThat(Tekst.of(" ", "\t").heeftInhoud()).isFalse();
    assertThat(Tekst.leeg().heeftInhoud()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "positief | POSITIEF",
        "Positief. | POSITIEF",
        "positief  met kanttekeningen | POSITIEF_MET_KANTTEKENINGEN",
        "NEGATIEF | NEGATIEF",
        "neutraal | NEUTRAAL",
        "kritisch | KRITISCH",
      })
  void oordeelFromText(String text, Oordeel expected) {
    assertThat(Oordeel.vanTekst(text)).contains(expected);
    assertThat(Oordeel.vanTekst(expected.getTekst())).contains(expected);
  }

  @Test
  void unknownVerdictWordsAreNoOordeel() {
    assertThat(Oordeel.vanTekst("afwachtend")).isEmpty();
    assertThat(Oordeel.vanTekst("")).isEmpty();
  }

  @Test
  void oordeelIgnoresRunsOfAsciiWhiteSpaceOnly() {
    assertThat(Oordeel.vanTekst(" Positief \t met\n\u000b\fkanttekeningen. "))
        .contains(Oordeel.POSITIEF_MET_KANTTEKENINGEN);
    assertThat(Oordeel.vanTekst("negatief\r\nmet kanttekeningen"))
        .contains(Oordeel.NEGATIEF_MET_KANTTEKENINGEN);
    // A no-break space inside is no regex white space: no verdict, as before.
    assertThat(Oordeel.vanTekst("positief\u00a0met kanttekeningen")).isEmpty();
  }

  @Test
  void ministriesAreSplitIntoLeadAndPartners() {
    Ministeries m =
        Ministeries.ofTekst(
            "Ministerie van Buitenlandse Zaken in nauwe samenwerking met het Ministerie van"
                + " Economische Zaken en Klimaat en het Ministerie van Justitie en Veiligheid");
    assertThat(m.getEerstverantwoordelijke()).isEqualTo("Ministerie van Buitenlandse Zaken");
    assertThat(m.getMedeverantwoordelijken())
        .containsExactly(
            "Ministerie van Economische Zaken en Klimaat", "Ministerie van Justitie en Veiligheid");

    // Wrapped by a rendering: the line break is a space; the text stays as written.
    Ministeries wrapped =
        Ministeries.ofTekst(
            "Ministerie van Buitenlandse Zaken in nauwe\nsamenwerking met het Ministerie\u00a0van"
                + " Justitie en Veiligheid");
    assertThat(wrapped.getEerstverantwoordelijke()).isEqualTo("Ministerie van Buitenlandse Zaken");
    assertThat(wrapped.getMedeverantwoordelijken())
        .containsExactly("Ministerie van Justitie en Veiligheid");
    assertThat(wrapped.getTekst()).contains("\n");

    Ministeries single = Ministeries.ofTekst("Ministerie van Infrastructuur en Waterstaat");
    assertThat(single.getEerstverantwoordelijke())
        .isEqualTo("Ministerie van Infrastructuur en Waterstaat");
    assertThat(single.getMedeverantwoordelijken()).isEmpty();

    Ministeries plain =
        Ministeries.ofTekst("Ministerie van VWS in samenwerking met het Ministerie van IenW");
    assertThat(plain.getMedeverantwoordelijken()).containsExactly("Ministerie van IenW");

    Ministeries built =
        Ministeries.of("Ministerie van A", "Ministerie van B", "Ministerie van C en D");
    assertThat(built.getTekst())
        .isEqualTo(
            "Ministerie van A in nauwe samenwerking met Ministerie van B en Ministerie van C en D");
    assertThat(built.getMedeverantwoordelijken())
        .containsExactly("Ministerie van B", "Ministerie van C en D");
    Ministeries three =
        Ministeries.of(
            "Ministerie van A", "Ministerie van B", "Ministerie van C", "Ministerie van D");
    assertThat(three.getMedeverantwoordelijken())
        .containsExactly("Ministerie van B", "Ministerie van C", "Ministerie van D");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Niet opgesteld. | true",
        "Niet opgesteld | true",
        "Geen | true",
        "N.v.t. | true",
        "SWD(2025) 501 | false",
        "Niet opgesteld, wel SWD(2025) 12 | false",
      })
  void impactAssessmentNotMade(String text, boolean nietOpgesteld) {
    assertThat(ImpactAssessment.of(text).isNietOpgesteld()).isEqualTo(nietOpgesteld);
  }

  @Test
  void impactAssessmentDocumentsAreReadFromTheText() {
    assertThat(ImpactAssessment.of("SWD(2023) 289, 290, 291 en SEC (2023) 305").getDocumenten())
        .extracting(Object::toString)
        .containsExactly("SWD(2023) 289", "SWD(2023) 290", "SWD(2023) 291", "SEC(2023) 305");
  }

  @Test
  void eurLexReferenceKnowsItsCelexNumber() {
    assertThat(EurLexVerwijzing.of("EUR-Lex - 52025DC0743 - EN - EUR-Lex").getCelex())
        .map(Object::toString)
        .contains("52025DC0743");
    assertThat(
            EurLexVerwijzing.of("EUR-Lex - COM:2025:501:FIN - NL - EUR-Lex").getCommissieDocument())
        .map(Object::toString)
        .contains("COM(2025) 501 final");
    assertThat(
            EurLexVerwijzing.of(
                    "https://eur-lex.europa.eu/legal-content/EN/TXT/PDF/?uri=CONSIL:ST_12755_2023_INIT")
                .getCelex())
        .isEmpty();
    assertThat(EurLexVerwijzing.of(CelexNummer.parse("52026PC0118")).getTekst())
        .isEqualTo("EUR-Lex - 52026PC0118 - NL - EUR-Lex");
  }

  @Test
  void toStringIsShortAndValuesCompareByContent() {
    KamerstukDocument a = SampleDocuments.volledig();
    KamerstukDocument b = SampleDocuments.volledig();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(ImmutableFiche.copyOf(a.getFiches().get(0)).withTitel("Anders"))
        .isNotEqualTo(b.getFiches().get(0));
    assertThat(a.toString()).isEqualTo("KamerstukDocument{1 fiches}");
    assertThat(a.getFiches().get(0).toString()).isEqualTo("Fiche{G2025 WETGEVING, 1 voetnoten}");
    assertThat(a.getBrief().orElseThrow().toString())
        .isEqualTo("Aanbiedingsbrief{…}")
        .doesNotContain("Vries");
  }
}
