package nl.bncfiche.integration.properties;

import static nl.bncfiche.testing.FicheAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.rendering.html.HtmlWriter;
import nl.bncfiche.rendering.markdown.MarkdownWriter;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.FicheGenerator;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.RuleCatalog;
import nl.bncfiche.validation.RuleDescription;
import nl.bncfiche.validation.ValidationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code violating(rule)} for every rule of the catalogue: reported with exactly that rule, so
 * every rule is reachable and tested both ways (the valid documents have no issue at all). The
 * paths of the issues resolve, and the broken documents still render.
 */
class ViolationPropertiesTest {
  private static final int SEEDS_PER_RULE = 12;

  static List<String> ruleIds() {
    return RuleCatalog.rules().stream()
        // A rule that needs a setting of the validator reports on no document alone.
        .filter(r -> r.getRequiredSetting().isEmpty())
        .map(RuleDescription::getId)
        // BNC-X-000 marks a bug in a rule of the validator; no fiche can provoke it.
        .filter(id -> !id.equals("BNC-X-000"))
        // Family R is reported by the readers about the text a document was read from; a
        // document alone cannot break it.
        .filter(id -> !id.startsWith("BNC-R-"))
        .collect(Collectors.toList());
  }

  static Stream<Arguments> rulesAndSeeds() {
    List<Arguments> args = new ArrayList<>();
    for (String id : ruleIds()) {
      Seeds.of(SEEDS_PER_RULE).forEach(s -> args.add(Arguments.of(id, s)));
    }
    return args.stream();
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("rulesAndSeeds")
  void violatingIsReportedWithExactlyThatRule(String ruleId, long seed) {
    KamerstukDocument d = FicheGenerator.withSeed(seed).violating(ruleId);
    assertThat(d)
        .usingValidator(GeneratedDocumentPropertiesTest.VALIDATOR)
        .as("seed %d", seed)
        .hasOnlyIssues(ruleId)
        .hasIssue(ruleId);
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("rulesAndSeeds")
  void violatingDocumentsValidateAndRenderWithoutThrowing(String ruleId, long seed) {
    KamerstukDocument d = FicheGenerator.withSeed(seed).violating(ruleId);
    for (Profile p : Profile.values()) {
      ValidationReport[] report = new ValidationReport[1];
      assertThatCode(() -> report[0] = GeneratedDocumentPropertiesTest.VALIDATOR.validate(d, p))
          .as("%s, seed %d, %s", ruleId, seed, p)
          .doesNotThrowAnyException();
      Pointers.assertAllResolve(d, report[0], seed);
    }
    assertThatCode(
            () -> {
              TextWriter.create().write(d);
              MarkdownWriter.create().write(d);
              HtmlWriter.create().write(d);
            })
        .as("%s, seed %d", ruleId, seed)
        .doesNotThrowAnyException();
  }
}
