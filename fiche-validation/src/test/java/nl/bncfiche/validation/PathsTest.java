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
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Checks every issue's pointer of {@code d}; returns how many were checked. */
  static int check(KamerstukDocument d, String what) throws Exception {
    JsonNode tree = MAPPER.readTree(FicheJson.create().write(d));
    List<Issue> issues = Fixtures.validator().validate(d, Profile.DEFINITIEF).issues();
    for (Issue i : issues) {
      String pointer = i.getPointer();
      if (i.getRuleId().startsWith("BNC-V-") && tree.at(pointer).isMissingNode()) {
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        assertThat(tree.at(parent).isMissingNode()).as(what + ": parent of " + pointer).isFalse();
      } else {
        assertThat(tree.at(pointer).isMissingNode()).as(what + ": " + i).isFalse();
      }
    }
    return issues.size();
  }

  @Test
  void everyPointerOfEveryBrokenVariantResolvesInTheJson() throws Exception {
    int checked = 0;
    for (KamerstukDocument base : RuleCasesTest.bases()) {
      for (Map.Entry<String, RuleCasesTest.Case> c : RuleCasesTest.CASES.entrySet()) {
        checked += check(c.getValue().breakIt().apply(base), c.getKey());
      }
    }
    assertThat(checked).isGreaterThan(100);
  }

  @Test
  void everyPointerOfAHostileDocumentResolves() throws Exception {
    assertThat(check(InjectionTest.everywhere("${1+1}"), "payload")).isGreaterThan(10);
  }
}
