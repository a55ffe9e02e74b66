package nl.bncfiche.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.validation.FicheValidator;
import nl.bncfiche.validation.RuleCatalog;
import nl.bncfiche.validation.RuleDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link FicheGenerator#violating(String)}: for every rule of the catalogue and 20 seeds, the
 * document has issues of that rule and of no other.
 */
class ViolatingTest {
  private static final long BASE = 20261129L;
  private static final int SEEDS = 20;

  /** "Today" for these tests: after every generated date, as the system clock is in CI. */
  private static final FicheValidator VALIDATOR =
      FicheValidator.builder()
          .clock(Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC))
          .build();

  /** The catalogue's ids that a fiche can break. */
  static List<String> ruleIds() {
    return RuleCatalog.rules().stream()
        // A rule that needs a setting of the validator reports on no document alone.
        .filter(r -> r.getRequiredSetting().isEmpty())
        .map(RuleDescription::getId)
        // The internal-error rule marks a bug in a rule; no fiche can provoke it.
        .filter(id -> !id.equals("BNC-X-000"))
        // Family R is reported by the readers about the text a document was read from; a
        // document alone cannot break it.
        .filter(id -> !id.startsWith("BNC-R-"))
        .collect(Collectors.toList());
  }

  static Stream<Arguments> rulesAndSeeds() {
    List<Arguments> args = new ArrayList<>();
    for (String id : ruleIds()) {
      for (long s = BASE; s < BASE + SEEDS; s++) {
        args.add(Arguments.of(id, s));
      }
    }
    return args.stream();
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("rulesAndSeeds")
  void breaksExactlyThatRule(String ruleId, long seed) {
    KamerstukDocument d = FicheGenerator.withSeed(seed).violating(ruleId);
    FicheAssertions.assertThat(d)
        .usingValidator(VALIDATOR)
        .as("seed %d", seed)
        .hasOnlyIssues(ruleId)
        .hasIssue(ruleId);
  }

  @Test
  void everyCatalogueRuleButTheInternalErrorHasAViolation() {
    // A new rule in the catalogue fails here until RuleBreakers learns to break it.
    assertThat(FicheGenerator.violableRuleIds()).containsExactlyElementsOf(ruleIds());
  }

  @Test
  void sameSeedGivesTheSameViolation() {
    for (String id : ruleIds()) {
      assertThat(FicheGenerator.withSeed(BASE).violating(id))
          .as(id)
          .isEqualTo(FicheGenerator.withSeed(BASE).violating(id));
    }
  }

  @Test
  void aFailureNamesTheSeedAndCall() {
    FicheGenerator g = FicheGenerator.withSeed(4242);
    g.validFiche();
    KamerstukDocument d = g.violating("BNC-P-004");
    assertThatThrownBy(() -> FicheAssertions.assertThat(d).hasNoIssues())
        .hasMessageContaining(
            "Reproduce with FicheGenerator.withSeed(4242), call 2: violating(\"BNC-P-004\")");
    assertThatThrownBy(
            () ->
                FicheAssertions.assertThat(FicheGenerator.withSeed(7).validFiche())
                    .hasIssue("BNC-V-001"))
        .hasMessageContaining("FicheGenerator.withSeed(7): validFiche()");
  }

  @Test
  void theInternalErrorCannotBeProduced() {
    assertThatThrownBy(() -> FicheGenerator.withSeed(1).violating("BNC-X-000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BNC-X-000")
        .hasMessageContaining("bug");
  }

  @Test
  void aRuleThatNeedsAValidatorSettingCannotBeProduced() {
    assertThatThrownBy(() -> FicheGenerator.withSeed(1).violating("BNC-T-003"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BNC-T-003")
        .hasMessageContaining("firstCouncilDiscussion");
  }

  @Test
  void unknownIdNamesTheKnownOnes() {
    assertThatThrownBy(() -> FicheGenerator.withSeed(1).violating("BNC-Q-123"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BNC-Q-123")
        .hasMessageContaining("BNC-V-001")
        .hasMessageContaining("BNC-P-005");
    assertThatThrownBy(() -> FicheGenerator.withSeed(1).violating(null))
        .isInstanceOf(NullPointerException.class);
  }
}
