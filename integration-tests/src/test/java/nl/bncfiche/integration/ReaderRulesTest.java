package nl.bncfiche.integration;

import static org.assertj.core.api.Assertions.assertThat;

import nl.bncfiche.rendering.text.ReadFinding;
import nl.bncfiche.validation.RuleCatalog;
import nl.bncfiche.validation.RuleDescription;
import org.junit.jupiter.api.Test;

/**
 * The readers' findings and the catalogue's family R are the same ids: the readers (in
 * fiche-rendering and fiche-docx) cannot see the catalogue (in fiche-validation), so this module,
 * which sees both, holds them together.
 */
class ReaderRulesTest {
  @Test
  void everyReaderFindingHasItsCatalogueEntryAndNoOtherEntryIsOfFamilyR() {
    assertThat(
            RuleCatalog.rules().stream()
                .map(RuleDescription::getId)
                .filter(id -> id.startsWith("BNC-R-")))
        .containsExactlyElementsOf(ReadFinding.RULE_IDS);
  }
}
