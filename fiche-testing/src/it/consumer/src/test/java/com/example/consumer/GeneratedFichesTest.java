package com.example.consumer;

import static nl.bncfiche.testing.FicheAssertions.assertThat;

import java.util.stream.LongStream;
import java.util.stream.Stream;
import nl.bncfiche.testing.FicheGenerator;
import nl.bncfiche.validation.RuleCatalog;
import nl.bncfiche.validation.RuleDescription;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a user of fiche-testing writes: generated fiches over many seeds, one case per rule. */
class GeneratedFichesTest {
  static LongStream seeds() {
    return LongStream.range(0, 100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedFichesAreValid(long s) {
    assertThat(FicheGenerator.withSeed(s).validFiche()).isValid();
  }

  /** The ids `fiche rules --format json` lists: the catalogue's. */
  static Stream<String> ruleIds() {
    return RuleCatalog.rules().stream()
        // A rule that needs a setting of the validator reports on no document alone.
        .filter(r -> r.getRequiredSetting().isEmpty())
        .map(RuleDescription::getId)
        // BNC-X-000 marks a bug in a rule of the validator; no fiche can provoke it.
        .filter(id -> !id.equals("BNC-X-000"))
        // Family R is reported by the readers about the text a document was read from; a
        // document alone cannot break it.
        .filter(id -> !id.startsWith("BNC-R-"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleIds")
  void everyRuleCanBeBroken(String r) {
    long s = r.hashCode();
    assertThat(FicheGenerator.withSeed(s).violating(r)).hasIssue(r);
  }
}
