package nl.bncfiche.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.json.FicheJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reported path resolves in the document's JSON; a path of a completeness issue (a missing
 * value) names an absent field whose parent resolves.
 */
class PathsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * Checks every pointer of {@code issues} in the JSON of {@code d}; returns how many were checked.
   */
  static int check(KamerstukDocument d, List<Issue> issues, String what) throws Exception {
    JsonNode tree = MAPPER.readTree(FicheJson.create().write(d));
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

  /** Checks every issue's pointer of {@code d} under DEFINITIEF; returns how many were checked. */
  static int check(KamerstukDocument d, String what) throws Exception {
    return check(d, Fixtures.validator().validate(d, Profile.DEFINITIEF).issues(), what);
  }

  /**
   * Every rule's broken variant of every base: all its issues' pointers resolve, and among them is
   * the pointer of the broken rule itself, so that every rule's path is checked at least once per
   * base.
   */
  @ParameterizedTest(name = "{0} on base {1}")
  @MethodSource("nl.bncfiche.validation.RuleCasesTest#cases")
  void everyPointerOfEveryBrokenVariantResolvesInTheJson(
      String id, int base, KamerstukDocument valid) throws Exception {
    RuleCasesTest.Case c = RuleCasesTest.CASES.get(id);
    KamerstukDocument broken = c.breakIt().apply(valid);
    List<Issue> issues = c.runner().apply(broken);
    check(broken, issues, id);
    assertThat(issues)
        .extracting(Issue::getRuleId)
        .as("the broken rule is among the checked issues")
        .contains(id);
  }

  @Test
  void everyPointerOfAHostileDocumentResolves() throws Exception {
    assertThat(check(InjectionTest.everywhere("${1+1}"), "payload")).isGreaterThan(10);
  }
}
