package nl.bncfiche.rendering.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.AlineaSoort;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.KamerstukDocument;
import org.junit.jupiter.api.Test;

/**
 * Texts as a Word export gives them (Apache Tika's text of a .docx, LibreOffice's .docx of HTML
 * read back): one paragraph a line, sub-headings without "## ", bullets as "· " (invented content).
 */
class WordExportTest {
  private static KamerstukDocument read(String... lines) {
    ReadResult r = TextReader.create().read(String.join("\n", lines));
    // Most of these pieces show no template: that finding alone may come.
    assertThat(r.getFindings())
        .filteredOn(f -> !f.getRuleId().equals(ReadFinding.LAYOUT_PRESUMED))
        .isEmpty();
    return r.getDocument();
  }

  private static List<String> paragraphs(KamerstukDocument d) {
    return d.getFiches().get(0).getEssentie().orElseThrow().getInhoud().getAlineas().stream()
        .map(WordExportTest::shown)
        .toList();
  }

  private static String shown(Alinea a) {
    return (a.getSoort() == AlineaSoort.TUSSENKOP
            ? "## "
            : a.getSoort() == AlineaSoort.OPSOMMING ? "• " : "")
        + a.platteTekst();
  }

  @Test
  void oneParagraphALineWithSubHeadingsAndBullets() {
    KamerstukDocument d =
        read(
            "Fiche: Proefregels",
            "2. Essentie voorstel",
            "a) Inhoud voorstel",
            "Achtergrond",
            "De Commissie stelt nieuwe regels voor.",
            "Het voorstel bevat onder meer:",
            "· een meldplicht;",
            "· een register",
            "Uitvoering",
            "Lidstaten voeren de regels uit.",
            "Tot slot",
            "b) Impact assessment Commissie",
            "Er is geen effectbeoordeling.");
    assertThat(paragraphs(d))
        .containsExactly(
            "## Achtergrond",
            "De Commissie stelt nieuwe regels voor.",
            "Het voorstel bevat onder meer:",
            "• een meldplicht;",
            "• een register",
            "## Uitvoering",
            "Lidstaten voeren de regels uit.",
            "## Tot slot");
  }

  @Test
  void wrappedLinesStillJoin() {
    KamerstukDocument d =
        read(
            "Fiche: Proefregels",
            "2. Essentie voorstel",
            "a) Inhoud voorstel",
            "De Commissie stelt voor dat de lidstaten gezamenlijk een Europese",
            "Autoriteit oprichten die toezicht houdt op de naleving",
            "van de regels.");
    assertThat(paragraphs(d))
        .containsExactly(
            "De Commissie stelt voor dat de lidstaten gezamenlijk een Europese Autoriteit oprichten"
                + " die toezicht houdt op de naleving van de regels.");
  }

  @Test
  void aShortParagraphBetweenBlankLinesStaysAParagraph() {
    KamerstukDocument d =
        read(
            "Fiche: Proefregels",
            "",
            "2. Essentie voorstel",
            "",
            "a) Inhoud voorstel",
            "Zie de bijlage",
            "",
            "De Commissie stelt nieuwe regels voor.",
            "",
            "Een slotzin zonder punt");
    assertThat(paragraphs(d))
        .containsExactly(
            "Zie de bijlage", "De Commissie stelt nieuwe regels voor.", "Een slotzin zonder punt");
  }

  @Test
  void aLabelMarkedAsSubHeadingIsTheLabelUnlessEscaped() {
    KamerstukDocument d =
        read(
            "Fiche: Proefregels",
            "",
            "2. Essentie voorstel",
            "",
            "## a) Inhoud voorstel",
            "",
            "## \\b) Geen onderdeel",
            "",
            "De Commissie stelt nieuwe regels voor.");
    assertThat(paragraphs(d))
        .containsExactly("## b) Geen onderdeel", "De Commissie stelt nieuwe regels voor.");
  }

  @Test
  void theLettersEntriesMayBeBulleted() {
    KamerstukDocument d =
        read(
            "Overeenkomstig de bestaande afspraken ontvangt u hierbij 2 fiches die werden opgesteld"
                + " door de werkgroep Beoordeling Nieuwe Commissie voorstellen (BNC).",
            "",
            "• Fiche 1: Verordening proefregels",
            "",
            "• Fiche 2: Mededeling over testen",
            "",
            "De Minister van Buitenlandse Zaken,",
            "A.B. de Vries",
            "",
            "Fiche: Verordening proefregels",
            "",
            "2. Essentie voorstel",
            "",
            "De Commissie stelt nieuwe regels voor.");
    List<BriefVermelding> entries = d.getBrief().orElseThrow().getVermeldingen();
    assertThat(entries)
        .extracting(BriefVermelding::getTitel)
        .containsExactly("Verordening proefregels", "Mededeling over testen");
    assertThat(entries.get(0).getMarkering()).contains("Fiche 1:");
    assertThat(d.getBrief().orElseThrow().getAanvullendeZinnen()).isEmpty();
  }
}
