package nl.bncfiche.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.json.FicheJson;
import org.junit.jupiter.api.Test;

/**
 * Every reported path resolves in the document's JSON; a path of a completeness issue (a missing
 * value) names an absent field whose parent resolves.
 */
class PathsTest {
  @Test
  void everyPointerOfEveryBrokenVariantResolvesInTheJson() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    int checked = 0;
    for (KamerstukDocument base : RuleCasesTest.bases()) {
      for (Map.Entry<String, RuleCasesTest.Case> c : RuleCasesTest.CASES.entrySet()) {
        KamerstukDocument broken = c.getValue().breakIt().apply(base);
        JsonNode tree = mapper.readTree(FicheJson.create().write(broken));
        List<Issue> issues = Fixtures.validator().validate(broken, Profile.DEFINITIEF).issues();
        for (Issue i : issues) {
          checked++;
          String pointer = i.getPointer();
          if (i.getRuleId().startsWith("BNC-V-") && tree.at(pointer).isMissingNode()) {
            String parent = pointer.substring(0, pointer.lastIndexOf('/'));
            assertThat(tree.at(parent).isMissingNode()).as(c.getKey() + ": parent of " + pointer).isFalse();
          } else {
            assertThat(tree.at(pointer).isMissingNode()).as(c.getKey() + ": " + i).isFalse();
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(100);
  }
}
