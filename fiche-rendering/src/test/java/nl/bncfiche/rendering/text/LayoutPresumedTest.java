package nl.bncfiche.rendering.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.ImmutableFiche;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Kenmerk;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.VoorstelSoort;
import nl.bncfiche.model.fixture.SampleDocuments;
import org.junit.jupiter.api.Test;

/**
 * What the reader presumes of a fiche's template and generation when the text does not show them
 * (issue 15, class 6), and how the writer keeps that through a round trip (invented content).
 */
class LayoutPresumedTest {
  private static ReadResult read(String... lines) {
    return TextReader.create().read(String.join("\n", lines));
  }

  private static Fiche fiche(ReadResult r) {
    return r.getDocument().getFiches().get(0);
  }

  private static List<String> ids(ReadResult r) {
    return r.getFindings().stream().map(ReadFinding::getRuleId).toList();
  }

  /** Section 1 alone, with 1a's title, 1b's date and 1d as given. */
  private static ReadResult excerpt(String titel, String datum, String celex) {
    return read(
        "Fiche: Proef",
        "",
        "1. Algemene gegevens",
        "",
        "a) Titel voorstel",
        "",
        titel,
        "",
        "b) Datum ontvangst Commissiedocument",
        "",
        datum,
        "",
        "d) EUR-Lex",
        "",
        celex);
  }

  @Test
  void anExcerptWithAKindWordPresumesOnlyTheGenerationFromTheYear() {
    ReadResult r = excerpt("Mededeling over lantaarnpalen", "3 maart 2026", "Niet beschikbaar");
    Fiche f = fiche(r);
    assertThat(f.getSjabloon()).contains(Sjabloon.MEDEDELING);
    assertThat(f.getGeneratie()).contains(Generatie.G2025);
    assertThat(f.getVermoed()).containsExactly(Kenmerk.GENERATIE);
    assertThat(ids(r)).containsExactly(ReadFinding.LAYOUT_PRESUMED);
    ReadFinding finding = r.getFindings().get(0);
    assertThat(finding.getPointer()).isEqualTo("/fiches/0/generatie");
    assertThat(finding.getPosition().getLine()).isEqualTo(1);
    assertThat(finding.getMessageNl()).startsWith("generatie vermoed (2025, uit de datum van 1b)");
    assertThat(finding.getMessageEn()).startsWith("generation presumed (2025");
  }

  @Test
  void withoutKindWordCelexOrSectionFourTheTemplateIsPresumed() {
    ReadResult r = excerpt("Over lantaarnpalen", "3 maart 2019", "Niet beschikbaar");
    Fiche f = fiche(r);
    assertThat(f.getSjabloon()).contains(Sjabloon.MEDEDELING);
    assertThat(f.getGeneratie()).contains(Generatie.G2013);
    assertThat(f.getVermoed()).containsExactly(Kenmerk.SJABLOON, Kenmerk.GENERATIE);
    assertThat(r.getFindings().get(0).getPointer()).isEqualTo("/fiches/0/sjabloon");
    assertThat(r.getFindings().get(0).getMessageNl())
        .startsWith("sjabloon vermoed (mededeling) en generatie vermoed (2013");
  }

  @Test
  void aCelexNumberOfAProposedActMakesItLegislation() {
    ReadResult r =
        excerpt(
            "Over lantaarnpalen",
            "3 maart 2026",
            "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:52026PC0123");
    Fiche f = fiche(r);
    assertThat(f.getSjabloon()).contains(Sjabloon.WETGEVING);
    assertThat(f.getSoort()).isEmpty();
    assertThat(f.getVermoed()).containsExactly(Kenmerk.GENERATIE);
  }

  @Test
  void sectionFourWithoutAnyLegislativePartShowsACommunication() {
    ReadResult r =
        read(
            "Fiche: Proef",
            "",
            "1. Algemene gegevens",
            "",
            "a) Titel voorstel",
            "",
            "Over lantaarnpalen",
            "",
            "2. Essentie voorstel",
            "",
            "Een alinea.",
            "",
            "4. Grondhouding ten aanzien van bevoegdheid, subsidiariteit, proportionaliteit,"
                + " financiële gevolgen en gevolgen voor regeldruk, concurrentiekracht en"
                + " geopolitieke aspecten",
            "",
            "a) Bevoegdheid",
            "",
            "Het kabinet is positief.");
    Fiche f = fiche(r);
    assertThat(f.getSjabloon()).contains(Sjabloon.MEDEDELING);
    assertThat(f.getGeneratie()).contains(Generatie.G2025);
    assertThat(f.getVermoed()).isEmpty();
    assertThat(ids(r)).isEmpty();
  }

  @Test
  void aPresumedLayoutReadsBackPresumedWithoutMarkerLine() {
    ReadResult r = excerpt("Over lantaarnpalen", "3 maart 2019", "Niet beschikbaar");
    String text = TextWriter.create().write(r.getDocument());
    assertThat(text).doesNotContain("[fiche:");
    ReadResult again = TextReader.create().read(text);
    assertThat(again.getDocument()).isEqualTo(r.getDocument());
    assertThat(ids(again)).containsExactly(ReadFinding.LAYOUT_PRESUMED);
  }

  @Test
  void aLayoutStatedWhereTheTextWouldPresumeItTakesTheMarkerLine() {
    Fiche read = fiche(excerpt("Over lantaarnpalen", "3 maart 2019", "Niet beschikbaar"));
    Fiche stated = ImmutableFiche.copyOf(read).withVermoed(EnumSet.noneOf(Kenmerk.class));
    String text = TextWriter.create().write(stated);
    assertThat(text).contains("[fiche: sjabloon=MEDEDELING generatie=G2013 soort=-]");
    RoundTripTest.assertRoundTrip(KamerstukDocument.of(stated));
  }

  @Test
  void aPresumedLayoutOtherThanTheTextsKeepsItsMarkerLine() {
    Fiche full = SampleDocuments.volledig().getFiches().get(0);
    Fiche presumed =
        ImmutableFiche.copyOf(full)
            .withSoort(Optional.of(VoorstelSoort.VERORDENING))
            .withVermoed(Kenmerk.SJABLOON, Kenmerk.GENERATIE);
    String text = TextWriter.create().write(presumed);
    assertThat(text).containsPattern("\\[fiche: .* vermoed=SJABLOON,GENERATIE\\]");
    RoundTripTest.assertRoundTrip(KamerstukDocument.of(presumed));
  }
}
