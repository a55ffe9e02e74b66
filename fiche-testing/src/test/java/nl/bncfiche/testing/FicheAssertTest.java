package nl.bncfiche.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.validation.FicheValidator;
import nl.bncfiche.validation.Profile;
import org.junit.jupiter.api.Test;

class FicheAssertTest {
  private static final FicheValidator VALIDATOR =
      FicheValidator.builder()
          .clock(Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC))
          .build();

  /** A draft: complete enough for CONCEPT, not for DEFINITIEF (its date of receipt is missing). */
  private static KamerstukDocument draft() {
    return FicheGenerator.withSeed(11).violating("BNC-V-003");
  }

  @Test
  void isValidChecksTheProfileInForce() {
    FicheAssertions.assertThat(draft())
        .usingValidator(VALIDATOR)
        .usingProfile(Profile.CONCEPT)
        .isValid();
    assertThatThrownBy(
            () -> FicheAssertions.assertThat(draft()).usingValidator(VALIDATOR).isValid())
        .hasMessageContaining("BNC-V-003")
        .hasMessageContaining("DEFINITIEF");
  }

  @Test
  void isValidForLeavesTheProfileInForceAsItWas() {
    FicheAssertions.assertThat(draft())
        .usingValidator(VALIDATOR)
        .isValidFor(Profile.CONCEPT)
        .isInvalid() // still DEFINITIEF
        .hasIssue("BNC-V-003");
    assertThatThrownBy(
            () ->
                FicheAssertions.assertThat(draft())
                    .usingValidator(VALIDATOR)
                    .usingProfile(Profile.CONCEPT)
                    .isValidFor(Profile.DEFINITIEF))
        .hasMessageContaining("DEFINITIEF");
  }
}
