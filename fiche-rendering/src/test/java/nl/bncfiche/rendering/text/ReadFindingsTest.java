package nl.bncfiche.rendering.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The text reader's findings (family BNC-R): each id from a text that calls for it, at the line of
 * the text it is about, with the pointer of the part that keeps that text, and that part placed at
 * the same line by the source map.
 */
class ReadFindingsTest {
  private static ReadResult read(String... lines) {
    return TextReader.create().read(String.join("\n", lines));
  }

  /** Checks every finding's shape and its pointer's position; returns the ids found. */
  private static List<String> ids(ReadResult r) {
    for (ReadFinding f : r.getFindings()) {
      assertThat(ReadFinding.RULE_IDS).contains(f.getRuleId());
      assertThat(f.getMessageNl()).isNotBlank().doesNotStartWith("regel ");
      assertThat(f.getMessageEn()).isNotBlank().doesNotStartWith("line ");
      if (!f.getPointer().isEmpty()) {
        assertThat(r.getSourceMap().positionOf(f.getPointer()))
            .as(f.getPointer())
            .map(SourcePosition::getLine)
            .contains(f.getPosition().getLine());
      }
    }
    return r.getFindings().stream().map(ReadFinding::getRuleId).toList();
  }

  @Test
  void canonicalTextHasNoFinding() {
    ReadResult r =
        read(
            "Fiche: Een verordening over dakgoten",
            "",
            "1. Algemene gegevens",
            "",
            "a) Titel voorstel",
            "",
            "Verordening over dakgoten");
    assertThat(r.getFindings()).isEmpty();
    assertThat(r.getWarnings()).isEmpty();
  }

  @Test
  void textOutsideItemsAndSectionsIsFoundWhereItStands() {
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
            "3. Nederlandse positie ten aanzien van het voorstel",
            "Nog eens.");
    assertThat(ids(r))
        .containsExactly(
            ReadFinding.TEXT_OUTSIDE_SECTION,
            ReadFinding.ITEM_NOT_RECOGNISED,
            ReadFinding.TEXT_OUTSIDE_SECTION,
            ReadFinding.SECTION_TWICE,
            ReadFinding.LAYOUT_PRESUMED);
    List<ReadFinding> f = r.getFindings();
    assertThat(f.get(0).getPosition()).isEqualTo(SourcePosition.of(3, 1));
    assertThat(f.get(0).getPointer()).isEqualTo("/fiches/0/overigeSecties/0");
    assertThat(f.get(1).getPosition().getLine()).isEqualTo(5);
    assertThat(f.get(1).getPointer()).isEqualTo("/fiches/0/algemeneGegevens/overigeOnderdelen/0");
    assertThat(f.get(1).getMessageNl()).startsWith("onderdeel niet herkend");
    assertThat(f.get(2).getPosition().getLine()).isEqualTo(9);
    assertThat(f.get(3).getPosition().getLine()).isEqualTo(12);
    assertThat(f.get(3).getPointer()).startsWith("/fiches/0/overigeSecties/");
    assertThat(r.getWarnings().get(1))
        .isEqualTo("regel 5: " + f.get(1).getMessageNl() + " | line 5: " + f.get(1).getMessageEn());
  }

  @Test
  void aLetterWithoutAFicheIsFound() {
    ReadResult r =
        read(
            "Overeenkomstig de bestaande afspraken ontvangt u hierbij een fiche over dakgoten.",
            "",
            "Fiche - Verordening over dakgoten.",
            "",
            "De Minister van Buitenlandse Zaken,",
            "A. Auteur");
    assertThat(r.getDocument().getFiches()).isEmpty();
    assertThat(ids(r)).containsExactly(ReadFinding.NO_FICHE);
    ReadFinding none = r.getFindings().get(0);
    assertThat(none.getPointer()).isEmpty();
    assertThat(none.getPosition().getLine()).isEqualTo(1);
  }

  @Test
  void textAmongTheLettersEntriesIsFoundAsAFurtherSentence() {
    ReadResult r =
        read(
            "Overeenkomstig de bestaande afspraken ontvangt u hierbij twee fiches.",
            "",
            "Fiche - Verordening over dakgoten.",
            "Fiche - Mededeling over regenpijpen.",
            "",
            "Een zin die bij geen vermelding hoort.",
            "",
            "De Minister van Buitenlandse Zaken,",
            "A. Auteur",
            "",
            "Fiche: Verordening over dakgoten",
            "",
            "1. Algemene gegevens",
            "",
            "a) Titel voorstel",
            "",
            "Verordening over dakgoten");
    assertThat(r.getDocument().getBrief().orElseThrow().getVermeldingen()).hasSize(2);
    assertThat(ids(r)).containsExactly(ReadFinding.TEXT_OUTSIDE_ENTRY);
    assertThat(r.getFindings().get(0).getPosition().getLine()).isEqualTo(6);
    assertThat(r.getFindings().get(0).getPointer()).isEqualTo("/brief/aanvullendeZinnen/0");
  }

  @Test
  void aFicheWithoutTitleLineTakesItsTitleWithAFinding() {
    ReadResult r =
        read(
            "1. Algemene gegevens",
            "",
            "a) Titel voorstel",
            "",
            "Verordening over dakgoten",
            "",
            "b) Datum ontvangst Commissiedocument",
            "",
            "3 februari 2026");
    assertThat(r.getDocument().getFiches()).hasSize(1);
    // 1a names the kind, so only the generation is presumed (from the year of 1b)
    assertThat(ids(r)).containsExactly(ReadFinding.LAYOUT_PRESUMED, ReadFinding.NO_TITLE_LINE);
    assertThat(r.getFindings().get(0).getPointer()).isEqualTo("/fiches/0/generatie");
    assertThat(r.getFindings().get(1).getPointer()).isEqualTo("/fiches/0/titel");
  }

  @Test
  void everyIdIsOfFamilyRAndUnique() {
    Set<String> ids = new TreeSet<>(ReadFinding.RULE_IDS);
    assertThat(ids).hasSameSizeAs(ReadFinding.RULE_IDS);
    assertThat(ReadFinding.RULE_IDS).allMatch(id -> id.matches("BNC-R-\\d{3}")).isSorted();
  }

  @Test
  void aFindingChecksItsPointerAndKeepsItsPartsWhenMoved() {
    ReadFinding f =
        new ReadFinding(ReadFinding.COMMENTS, SourcePosition.of(2, 1), "/brief", "nl", "en");
    ReadFinding moved = f.at(SourcePosition.ofParagraph(7));
    assertThat(moved.getPointer()).isEqualTo("/brief");
    assertThat(moved.toString()).isEqualTo("alinea 7: nl | paragraph 7: en");
    assertThat(f.toString()).isEqualTo("regel 2: nl | line 2: en");
    assertThat(moved).isNotEqualTo(f);
    assertThat(f).isEqualTo(f.at(SourcePosition.of(2, 1))).hasSameHashCodeAs(f.at(f.getPosition()));
    assertThatThrownBy(
            () -> new ReadFinding("BNC-R-001", SourcePosition.of(1, 1), "brief", "nl", "en"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
