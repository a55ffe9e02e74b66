package nl.bncfiche.rendering.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.KamerstukKop;
import nl.bncfiche.model.TekstRun;
import nl.bncfiche.model.VoorstelSoort;
import org.junit.jupiter.api.Test;

/**
 * Layouts of published renderings written by hand (invented content): wrapped titles, labels and
 * paragraphs, every heading numbered "1.", page chrome; and that canonical text never reads as one.
 */
class WrappedLayoutTest {
  private static final TextReader READER = TextReader.create();

  private static KamerstukDocument read(String... lines) {
    return READER.read(String.join("\n", lines)).getDocument();
  }

  private static Fiche fiche(KamerstukDocument d) {
    return d.getFiches().get(0);
  }

  private static AlgemeneGegevens ag(KamerstukDocument d) {
    return fiche(d).getAlgemeneGegevens().orElseThrow();
  }

  private static String text(Alinea a) {
    StringBuilder sb = new StringBuilder();
    a.getInhoud().forEach(i -> sb.append(i instanceof TekstRun t ? t.getTekst() : ""));
    return sb.toString();
  }

  @Test
  void aTitleWrappedOverLinesIsOneTitleWhenOneDocumentIsNamed() {
    KamerstukDocument d =
        read(
            "Fiche: Zuivere rivieren",
            "1. Algemene gegevens",
            "a) Titel voorstel",
            "Voorstel voor een richtlijn van het Europees Parlement en de Raad tot",
            "Wijziging van Richtlijn 2000/60/EG wat betreft zwevende stof in grensover-",
            "schrijdende rivieren",
            "b) Datum ontvangst Commissiedocument",
            "3 maart 2026",
            "c) Nr. Commissiedocument",
            "COM(2026) 88");
    assertThat(ag(d).getTitels())
        .containsExactly(
            "Voorstel voor een richtlijn van het Europees Parlement en de Raad tot Wijziging van"
                + " Richtlijn 2000/60/EG wat betreft zwevende stof in grensoverschrijdende rivieren");
    assertThat(fiche(d).getSoort()).contains(VoorstelSoort.RICHTLIJN);
  }

  @Test
  void titlesOfAPackageStayApartAndThePackageIsCountedFromItsDocuments() {
    KamerstukDocument d =
        read(
            "Fiche: Pakket schone lucht",
            "1. Algemene gegevens",
            "a) Titel voorstel",
            "Voorstel voor een verordening over luchtkwaliteit",
            "Voorstel voor een richtlijn over metingen",
            "c) Nr. Commissiedocument",
            "COM(2026) 10, COM(2026) 11");
    assertThat(ag(d).getTitels()).hasSize(2);
    assertThat(fiche(d).getSoort()).contains(VoorstelSoort.PAKKET);
  }

  @Test
  void everyHeadingNumberedOneIsReadAsTheTemplatesItems() {
    KamerstukDocument d =
        read(
            "Fiche 4: Schone havens",
            "  1. Algemene gegevens",
            "  1. Titel voorstel",
            "Mededeling over schone havens",
            "  1. Datum ontvangst Commissiedocument",
            "12 februari 2026",
            "  1. Nr. Commissiedocument",
            "COM(2026) 61",
            "  1. Essentie voorstel",
            "De Commissie wil minder uitstoot.");
    assertThat(ag(d).getTitels()).containsExactly("Mededeling over schone havens");
    assertThat(ag(d).getDatumOntvangst()).isPresent();
    assertThat(ag(d).getCommissieDocumenten()).hasSize(1);
    assertThat(fiche(d).getEssentie()).isPresent();
  }

  @Test
  void aLabelWrappedOverTwoLinesIsItsLabel() {
    KamerstukDocument d =
        read(
            "Fiche: Schone havens",
            "1. Algemene gegevens",
            "a) Titel voorstel",
            "Mededeling over schone havens",
            "e) Nr. impact assessment Commissie en Opinie Raad voor",
            "regelgevingstoetsing",
            "Niet opgesteld.");
    assertThat(ag(d).getImpactAssessment()).isPresent();
    assertThat(ag(d).getOverigeOnderdelen()).isEmpty();
  }

  @Test
  void wrappedParagraphsJoinButAWordExportsParagraphPerLineStaysApart() {
    KamerstukDocument d =
        read(
            "Fiche: Schone havens",
            "1. Algemene gegevens",
            "a) Titel voorstel",
            "Mededeling over schone havens",
            "",
            "2. Essentie voorstel",
            "",
            "De Commissie wil de uitstoot van schepen in",
            "binnenhavens halveren. Zij noemt vier sporen.",
            "Een tweede alinea begint na een volzin.");
    List<Alinea> alineas = fiche(d).getEssentie().orElseThrow().getInhoud().getAlineas();
    assertThat(alineas)
        .extracting(WrappedLayoutTest::text)
        .containsExactly(
            "De Commissie wil de uitstoot van schepen in binnenhavens halveren. Zij noemt vier"
                + " sporen.",
            "Een tweede alinea begint na een volzin.");
  }

  @Test
  void pageChromeIsNoText() {
    KamerstukDocument d =
        read(
            "Tweede Kamer der Staten-Generaal",
            "Vergaderjaar 2025-2026",
            "",
            "22 112 Nieuwe Commissievoorstellen en initiatieven van de lidstaten",
            "van de Europese Unie",
            "Nr. 4500 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN",
            "",
            "Fiche: Schone havens",
            "1. Algemene gegevens",
            "a) Titel voorstel",
            "Mededeling over schone havens",
            "",
            "Tweede Kamer, vergaderjaar 2025–2026, 22 112, nr. 4500 2",
            "",
            "7",
            "",
            "2. Essentie voorstel",
            "",
            "De Commissie wil minder uitstoot.");
    KamerstukKop kop = d.getKop().orElseThrow();
    assertThat(kop.getNummer()).contains("4500");
    assertThat(kop.getDossierTitel())
        .contains(
            "Nieuwe Commissievoorstellen en initiatieven van de lidstaten van de Europese Unie");
    assertThat(ag(d).getOverigeOnderdelen()).isEmpty();
    assertThat(ag(d).getTitels()).containsExactly("Mededeling over schone havens");
    assertThat(fiche(d).getEssentie().orElseThrow().getInhoud().getAlineas()).hasSize(1);
  }

  @Test
  void aDossierTitleWrappedBeforeACapitalStaysInTheHeader() {
    KamerstukDocument d =
        read(
            "22 112 Nieuwe Commissievoorstellen en initiatieven van de lidstaten van de Europese",
            "Unie",
            "Nr. 4501 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN",
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
            "Den Haag, 2 maart 2026",
            "",
            "Fiche: Schone havens",
            "1. Algemene gegevens",
            "a) Titel voorstel",
            "Mededeling over schone havens");
    KamerstukKop kop = d.getKop().orElseThrow();
    assertThat(kop.getNummer()).contains("4501");
    assertThat(kop.getDossierTitel())
        .contains(
            "Nieuwe Commissievoorstellen en initiatieven van de lidstaten van de Europese Unie");
    assertThat(kop.getGeadresseerde()).isPresent();
    assertThat(kop.getDatum()).isPresent();
  }

  @Test
  void aWrappedLabelEndingInACapitalIsOneLabel() {
    KamerstukDocument d =
        read(
            "Fiche: Schone havens",
            "",
            "1. Algemene gegevens",
            "",
            "a) Titel voorstel",
            "Mededeling over schone havens",
            "",
            "e) Nr. impact assessment Commissie en Opinie Raad voor",
            "Regelgevingstoetsing",
            "Niet opgesteld.");
    assertThat(ag(d).getImpactAssessment()).isPresent();
    assertThat(ag(d).getOverigeOnderdelen()).isEmpty();
  }

  @Test
  void aTitleWrappedInLowerCaseBeforeABlankLineIsOneTitle() {
    KamerstukDocument d =
        read(
            "Fiche: Besluit over de sluiting van een overeenkomst inzake",
            "schone havens",
            "",
            "1. Algemene gegevens",
            "",
            "a) Titel voorstel",
            "Besluit over schone havens");
    assertThat(fiche(d).getTitel())
        .isEqualTo("Besluit over de sluiting van een overeenkomst inzake schone havens");
    assertThat(fiche(d).getOverigeSecties()).isEmpty();
  }

  @Test
  void aWordHyphenatedAtALineEndIsWholeAgain() {
    KamerstukDocument d =
        read(
            "Fiche: Schone havens",
            "",
            "1. Algemene gegevens",
            "",
            "a) Titel voorstel",
            "Mededeling over schone havens",
            "",
            "e) Nr. impact assessment Commissie en Opinie Raad voor Regelgevings-",
            "toetsing",
            "Niet opge-",
            "steld.",
            "",
            "2. Essentie voorstel",
            "",
            "De Commissie wil het midden-",
            "en kleinbedrijf steunen met een EU-",
            "fonds en een betere samen-",
            "werking tussen havens.");
    assertThat(ag(d).getImpactAssessment().orElseThrow().getTekst()).isEqualTo("Niet opgesteld.");
    assertThat(ag(d).getOverigeOnderdelen()).isEmpty();
    assertThat(fiche(d).getEssentie().orElseThrow().getInhoud().getAlineas().get(0).platteTekst())
        .contains("het midden- en kleinbedrijf", "een EU-fonds en", "betere samenwerking tussen");
  }

  @Test
  void aLetterLineAfterTheDossierIsNoPartOfItsTitle() {
    KamerstukDocument d =
        read(
            "22 112 Nieuwe Commissievoorstellen en initiatieven van de lidstaten van de Europese Unie",
            "Hierbij ontvangt u een fiche.",
            "",
            "Fiche: Schone havens",
            "1. Algemene gegevens",
            "a) Titel voorstel",
            "Mededeling over schone havens");
    assertThat(d.getKop().orElseThrow().getDossierTitel())
        .contains(
            "Nieuwe Commissievoorstellen en initiatieven van de lidstaten van de Europese Unie");
  }

  @Test
  void datumAloneIsTheReceivedDate() {
    KamerstukDocument d =
        read(
            "Fiche: Schone havens",
            "1. Algemene gegevens",
            "a) Titel voorstel",
            "Mededeling over schone havens",
            "Datum: 22 februari 2026");
    assertThat(ag(d).getDatumOntvangst().orElseThrow().isParsed()).isTrue();
  }

  @Test
  void canonicalTextOfWhatLooksWrappedOrLikeChromeReadsBackTheSame() {
    KamerstukDocument d =
        read(
            "Fiche: Schone havens",
            "1. Algemene gegevens",
            "a) Titel voorstel",
            "Mededeling over schone havens",
            "\\Tweede titel die los staat van",
            "c) Nr. Commissiedocument",
            "COM(2026) 61",
            "",
            "2. Essentie voorstel",
            "",
            "\\7",
            "",
            "\\Vergaderjaar 2025-2026");
    assertThat(ag(d).getTitels()).hasSize(2);
    String canonical = TextWriter.create().write(d);
    assertThat(READER.read(canonical).getDocument()).isEqualTo(d);
    assertThat(canonical).contains("\n\\7\n").contains("\n\\Vergaderjaar 2025-2026\n");
  }

  @Test
  void aFicheWithoutTitleLineOrHeadingStartsAtItsFirstItemAndTakesTheLettersTitle() {
    ReadResult r =
        READER.read(
            String.join(
                "\n",
                "Overeenkomstig de bestaande afspraken ontvangt u hierbij een fiche die werd"
                    + " opgesteld door de werkgroep Beoordeling Nieuwe Commissie voorstellen (BNC).",
                "",
                "Fiche: Schone havens",
                "",
                "De Minister van Buitenlandse Zaken, A.B. de Vries",
                "",
                "a) Titel voorstel",
                "Mededeling over schone havens",
                "b) Datum ontvangst Commissiedocument",
                "12 februari 2026",
                "",
                "2. Essentie voorstel",
                "",
                "De Commissie wil minder uitstoot."));
    KamerstukDocument d = r.getDocument();
    assertThat(d.getFiches()).hasSize(1);
    assertThat(fiche(d).getTitel()).isEqualTo("Schone havens");
    assertThat(ag(d).getTitels()).containsExactly("Mededeling over schone havens");
    assertThat(fiche(d).getEssentie()).isPresent();
    assertThat(r.getWarnings()).anyMatch(w -> w.contains("zonder titelregel"));
  }
}
