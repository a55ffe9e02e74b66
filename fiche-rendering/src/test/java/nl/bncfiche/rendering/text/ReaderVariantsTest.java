package nl.bncfiche.rendering.text;

import static org.assertj.core.api.Assertions.assertThat;

import nl.bncfiche.model.Aanbiedingsbrief;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.GrondhoudingOnderdeel;
import nl.bncfiche.model.KamerstukKop;
import nl.bncfiche.model.Oordeel;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.id.KamerstukReferentie;
import nl.bncfiche.model.id.Parsed;
import org.junit.jupiter.api.Test;

/** Real-world variants written by hand (invented content): letters, stance phrasing, stray text. */
class ReaderVariantsTest {
  private static ReadResult read(String... lines) {
    return TextReader.create().read(String.join("\n", lines));
  }

  @Test
  void aNumberedHeadingInAWordingNoTemplateHasIsKnownByHowItBegins() {
    ReadResult r =
        read(
            "Fiche: Nieuw",
            "4. Grondhouding ten aanzien van bevoegdheid en de nieuwe toets",
            "a) Bevoegdheid",
            "Het kabinet beoordeelt de bevoegdheid als positief.",
            "5. Grondhouding ten aanzien van financiële gevolgen en de uitvoering",
            "a) Consequenties EU-begroting",
            "Geen gevolgen voor de begroting.");
    Fiche f = r.getDocument().getFiches().get(0);
    assertThat(f.getGrondhouding().orElseThrow().getBevoegdheid().orElseThrow().getOordeel())
        .contains(Oordeel.POSITIEF);
    assertThat(f.getFinancieleGevolgen().orElseThrow().getEuBegroting())
        .hasValueSatisfying(
            t -> assertThat(t.platteTekst()).isEqualTo("Geen gevolgen voor de begroting."));
    // Without its number, such a heading is text of the item before it.
    ReadResult unnumbered =
        read(
            "Fiche: Nieuw",
            "4. Grondhouding ten aanzien van bevoegdheid en de nieuwe toets",
            "a) Bevoegdheid",
            "Het kabinet beoordeelt de bevoegdheid als positief.",
            "Grondhouding ten aanzien van financiële gevolgen en de uitvoering");
    assertThat(unnumbered.getDocument().getFiches().get(0).getFinancieleGevolgen()).isEmpty();
  }

  @Test
  void aHeaderOnOneLineIsSplitIntoItsFields() {
    ReadResult r =
        read(
            "22 112 Nieuwe Commissievoorstellen en initiatieven van de lidstaten van de Europese"
                + " Unie Nr. 2001 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN Aan de Voorzitter van"
                + " de Tweede Kamer der Staten-Generaal Den Haag, 18 september 2015",
            "",
            "Overeenkomstig de bestaande afspraken ontvangt u hierbij 3 fiches die werden opgesteld"
                + " door de werkgroep Beoordeling Nieuwe Commissie voorstellen (BNC).",
            "",
            "Fiche 1: Verordening over koelketens (Kamerstuk 22112, nr. 2000)",
            "Fiche 2: Richtlijn over dijkbewaking (Kamerstuk 22112, nr. 2002).",
            "Herzien Fiche 3: Mededeling over kustlijnen",
            "",
            "De Minister van Buitenlandse Zaken,",
            "A.B. de Vries",
            "",
            "Fiche: Mededeling over kustlijnen",
            "1. Algemene gegevens",
            "a) Titel voorstel",
            "Mededeling over kustlijnen");
    KamerstukKop kop = r.getDocument().getKop().orElseThrow();
    assertThat(kop.getDossier()).contains("22 112");
    assertThat(kop.getNummer()).contains("2001");
    assertThat(kop.getAfzender()).contains("BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN");
    assertThat(kop.getGeadresseerde())
        .contains("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal");
    assertThat(kop.getPlaats()).contains("Den Haag");
    assertThat(kop.getDatum().flatMap(Parsed::getValue).map(Object::toString))
        .contains("18 september 2015");
    assertThat(r.getSourceMap().positionOf("/kop/geadresseerde").orElseThrow().getColumn())
        .isGreaterThan(100);
    Aanbiedingsbrief b = r.getDocument().getBrief().orElseThrow();
    assertThat(b.getVermeldingen())
        .extracting(BriefVermelding::getTitel)
        .containsExactly(
            "Verordening over koelketens",
            "Richtlijn over dijkbewaking",
            "Mededeling over kustlijnen");
    assertThat(b.getVermeldingen().get(2).getMarkering()).contains("Herzien Fiche 3:");
  }

  @Test
  void aHeaderLineSplitWhereItNeedNotBeLosesNothing() {
    ReadResult r =
        read(
            "Nr. 2001 BRIEF VAN DE MINISTER, Aan de hand van dit voorstel",
            "",
            "Fiche: Iets",
            "1. Algemene gegevens");
    // "Aan de hand van dit voorstel" starts like the addressee, so the line splits there: every
    // word is kept, in the sender or the addressee.
    KamerstukKop kop = r.getDocument().getKop().orElseThrow();
    assertThat(kop.getNummer()).contains("2001");
    assertThat(kop.getAfzender().orElseThrow() + " " + kop.getGeadresseerde().orElse(""))
        .isEqualTo("BRIEF VAN DE MINISTER, Aan de hand van dit voorstel");
  }

  @Test
  void softHyphensAndNoBreakSpacesHideNoStructure() {
    String nbsp = "\u00a0";
    String shy = "\u00ad";
    ReadResult r =
        read(
            "Nr." + nbsp + "2001 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN",
            "Den" + nbsp + "Haag, 3" + nbsp + "maart 2026",
            "",
            "Overeenkomstig de bestaande afspraken ontvangt u hierbij twee fiches die werden"
                + " opgesteld door de werkgroep Beoordeling Nieuwe Commissie voorstellen (BNC).",
            "",
            "Fiche: Verordening over koel"
                + shy
                + "ketens (Kamerstuk 22"
                + nbsp
                + "112, nr. 2000).",
            "Fiche: Mededeling over kustlijnen.",
            "",
            "De Minister van Buitenlandse Zaken,",
            "A.B. de Vries",
            "",
            "Fiche: Mededeling over kustlijnen",
            "1. Algemene gegevens",
            "a) Ti" + shy + "tel voorstel",
            "Mededeling over kust" + shy + "lijnen",
            "b) Datum ont" + shy + "vangst Commissie" + shy + "document",
            "12 fe" + shy + "bruari" + nbsp + "2026",
            "4. Grondhouding ten aanzien van bevoegdheid, subsidiariteit en proportionaliteit",
            "a) Bevoegdheid",
            "Het"
                + nbsp
                + "kabinet beoordeelt de bevoegdheid als"
                + nbsp
                + "positief. Art."
                + nbsp
                + "5.");
    KamerstukKop kop = r.getDocument().getKop().orElseThrow();
    assertThat(kop.getNummer()).contains("2001");
    assertThat(kop.getDatum().flatMap(Parsed::getValue)).isPresent();
    assertThat(r.getDocument().getBrief().orElseThrow().getVermeldingen().get(0).getReferentie())
        .contains(Parsed.of(KamerstukReferentie.of(22112, "2000")));
    Fiche f = r.getDocument().getFiches().get(0);
    assertThat(f.getAlgemeneGegevens().orElseThrow().getTitels())
        .containsExactly("Mededeling over kustlijnen");
    assertThat(f.getAlgemeneGegevens().orElseThrow().getDatumOntvangst().flatMap(Parsed::getValue))
        .isPresent();
    GrondhoudingOnderdeel a = f.getGrondhouding().orElseThrow().getBevoegdheid().orElseThrow();
    assertThat(a.getOordeel()).contains(Oordeel.POSITIEF);
    // Soft hyphens are gone; the fiche's text keeps its no-break spaces.
    assertThat(r.getDocument().getBrief().orElseThrow().getVermeldingen().get(0).getTitel())
        .isEqualTo("Verordening over koelketens");
    assertThat(a.getTekst().platteTekst()).isEqualTo("Art." + nbsp + "5.");
  }

  @Test
  void letterVariants() {
    ReadResult r =
        read(
            "Overeenkomstig de bestaande afspraken ontvangt u hierbij een fiche die werd opgesteld door de werkgroep"
                + " Beoordeling Nieuwe Commissie voorstellen (BNC).",
            "Herzien Fiche: [MFK] Begrotingsvoorstel (Kamerstuk 22112-4030)",
            "Fiche 3: MFK – Tweede voorstel (Kamerstuk 22 112, nr. GX)",
            "Fiche – Eigen fiche.",
            "De Minister van Buitenlandse Zaken, A.B. de Vries",
            "Fiche: Eigen fiche",
            "1. Algemene gegevens",
            "a) Titel voorstel",
            "Voorstel voor een besluit van de Raad");
    Aanbiedingsbrief b = r.getDocument().getBrief().orElseThrow();
    assertThat(b.getAangekondigdAantal()).contains(1);
    assertThat(b.getAantalZoalsGeschreven()).contains("een");
    assertThat(b.getAankondiging()).isEmpty();
    BriefVermelding herzien = b.getVermeldingen().get(0);
    assertThat(herzien.getMarkering()).contains("Herzien Fiche:");
    assertThat(herzien.getVoorvoegsel()).contains("MFK");
    assertThat(herzien.getTitel()).isEqualTo("Begrotingsvoorstel");
    assertThat(herzien.getReferentie()).contains(Parsed.of(KamerstukReferentie.of(22112, "4030")));
    assertThat(b.getVermeldingen().get(1).getMarkering()).contains("Fiche 3:");
    assertThat(b.getVermeldingen().get(1).getVoorvoegsel()).contains("MFK");
    assertThat(
            b.getVermeldingen()
                .get(1)
                .getReferentie()
                .orElseThrow()
                .getValue()
                .orElseThrow()
                .getNumber())
        .isEqualTo("GX");
    assertThat(b.getVermeldingen().get(2).getReferentie()).isEmpty();
    assertThat(b.getOndertekenaarFunctie()).contains("De Minister van Buitenlandse Zaken");
    assertThat(b.getOndertekenaarNaam()).contains("A.B. de Vries");
    assertThat(r.getDocument().getFiches()).hasSize(1);
    assertThat(r.getSourceMap().positionOf("/brief/ondertekenaarNaam").orElseThrow())
        .isEqualTo(SourcePosition.of(5, 36));
  }

  @Test
  void olderStancePhrasingAndUnknownVerdicts() {
    ReadResult r =
        read(
            "Fiche: Oud",
            "4. Beoordeling bevoegdheid, subsidiariteit en proportionaliteit",
            "a) Bevoegdheid",
            "Het kabinet beoordeelt de bevoegdheid als positief. Er is een grondslag.",
            "b) Subsidiariteit",
            "De grondhouding van het kabinet is voorzichtig optimistisch. Verder.",
            "c) Proportionaliteit",
            "Het kabinet beoordeelt de proportionaliteit als negatief met kanttekeningen.");
    Fiche f = r.getDocument().getFiches().get(0);
    assertThat(f.getSjabloon()).contains(Sjabloon.WETGEVING);
    assertThat(f.getGeneratie()).contains(Generatie.G2013);
    GrondhoudingOnderdeel a = f.getGrondhouding().orElseThrow().getBevoegdheid().orElseThrow();
    assertThat(a.getOordeel()).contains(Oordeel.POSITIEF);
    assertThat(a.getTekst().platteTekst()).isEqualTo("Er is een grondslag.");
    GrondhoudingOnderdeel b = f.getGrondhouding().orElseThrow().getSubsidiariteit().orElseThrow();
    assertThat(b.getOordeel()).isEmpty();
    assertThat(b.getTekst().platteTekst())
        .startsWith("De grondhouding van het kabinet is voorzichtig");
    GrondhoudingOnderdeel c =
        f.getGrondhouding().orElseThrow().getProportionaliteit().orElseThrow();
    assertThat(c.getOordeel()).contains(Oordeel.NEGATIEF_MET_KANTTEKENINGEN);
    assertThat(c.getTekst().getAlineas()).isEmpty();
  }

  @Test
  void textWithoutPlaceIsKeptWithAWarning() {
    ReadResult r =
        read(
            "Fiche: Verdwaald",
            "",
            "Een regel voor de eerste sectie.",
            "1. Algemene gegevens",
            "Een waarde zonder label.",
            "a) Titel voorstel",
            "Een titel",
            "3. Nederlandse positie ten aanzien van het voorstel",
            "Inleiding zonder onderdeel.",
            "a) Essentie Nederlands beleid op dit terrein",
            "Beleid.",
            "9. Slotopmerkingen",
            "Tot slot.");
    Fiche f = r.getDocument().getFiches().get(0);
    assertThat(f.getOverigeSecties())
        .extracting(s -> s.getKop())
        .containsExactly(
            "", "Nederlandse positie ten aanzien van het voorstel", "9. Slotopmerkingen");
    assertThat(f.getOverigeSecties().get(0).getTekst().platteTekst())
        .isEqualTo("Een regel voor de eerste sectie.");
    assertThat(
            f.getAlgemeneGegevens()
                .orElseThrow()
                .getOverigeOnderdelen()
                .get(0)
                .getTekst()
                .platteTekst())
        .isEqualTo("Een waarde zonder label.");
    assertThat(f.getAlgemeneGegevens().orElseThrow().getTitels()).containsExactly("Een titel");
    // and the template presumed: no heading or label shows it, and 1a names no kind
    assertThat(r.getWarnings()).hasSize(4).allSatisfy(w -> assertThat(w).contains(" | line "));
    assertThat(r.getWarnings().get(0)).startsWith("regel 3: ");
    assertThat(r.getFindings().get(3).getRuleId()).isEqualTo(ReadFinding.LAYOUT_PRESUMED);
  }

  @Test
  void labelAndValueOnOneLineInLetteredLayout() {
    ReadResult r =
        read(
            "Fiche: Samen",
            "1. Algemene gegevens",
            "• a) Titel voorstel: Voorstel voor een richtlijn",
            "• b) Datum ontvangst Commissiedocument: 4 December 2025",
            "• c) Nr. CommissiedocumentCOM (2015) 341 final",
            "• h) Rechtsbasis",
            "Artikel 1 VWEU",
            "Artikel 2 VWEU");
    var ag = r.getDocument().getFiches().get(0).getAlgemeneGegevens().orElseThrow();
    assertThat(ag.getTitels()).containsExactly("Voorstel voor een richtlijn");
    assertThat(ag.getDatumOntvangst().orElseThrow().getText()).isEqualTo("4 december 2025");
    assertThat(ag.getCommissieDocumenten().get(0).getText()).isEqualTo("COM(2015) 341 final");
    assertThat(ag.getRechtsbasis()).containsExactly("Artikel 1 VWEU", "Artikel 2 VWEU");
    assertThat(r.getSourceMap().positionOf("/fiches/0/algemeneGegevens/titels/0").orElseThrow())
        .isEqualTo(SourcePosition.of(3, 22));
  }

  @Test
  void linesAreNfcWithBookmarksRemovedAndColumnsAfterLeadingSpace() {
    ReadResult r =
        read(
            "Fiche: Cafe\u0301 voor iedereen",
            "1. Algemene gegevens",
            "a) Titel voorstel",
            " \u00a0 Voorstel over cre[bookmark: _x]\u0300me en\u000bkoffie",
            "b) Datum ontvangst Commissiedocument",
            "\t12 maart 2026");
    Fiche f = r.getDocument().getFiches().get(0);
    assertThat(f.getTitel()).isEqualTo("Caf\u00e9 voor iedereen");
    assertThat(f.getAlgemeneGegevens().orElseThrow().getTitels())
        .containsExactly("Voorstel over cr\u00e8me en koffie");
    assertThat(r.getSourceMap().positionOf("/fiches/0/algemeneGegevens/titels/0").orElseThrow())
        .isEqualTo(SourcePosition.of(4, 4));
    assertThat(
            r.getSourceMap().positionOf("/fiches/0/algemeneGegevens/datumOntvangst").orElseThrow())
        .isEqualTo(SourcePosition.of(6, 2));
  }

  @Test
  void aCommunicationNamingTheRegulatoryScrutinyBoardTakesItsGenerationFromTheYear() {
    for (String[] c : new String[][] {{"12 maart 2026", "G2025"}, {"12 maart 2019", "G2013"}}) {
      Fiche f =
          read(
                  "Fiche: Strategie voor schone havens",
                  "",
                  "1. Algemene gegevens",
                  "",
                  "a) Titel voorstel",
                  "Mededeling over schone havens",
                  "",
                  "b) Datum ontvangst Commissiedocument",
                  c[0],
                  "",
                  "e) Nr. impact assessment Commissie en Opinie Raad voor Regelgevingstoetsing",
                  "Niet opgesteld.")
              .getDocument()
              .getFiches()
              .get(0);
      assertThat(f.getSjabloon()).contains(Sjabloon.MEDEDELING);
      assertThat(f.getGeneratie()).as(c[0]).contains(Generatie.valueOf(c[1]));
    }
  }
}
