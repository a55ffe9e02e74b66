package nl.bncfiche.examples;

import static nl.bncfiche.testing.FicheAssertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.LongStream;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.testing.FicheGenerator;
import nl.bncfiche.testing.VoorbeeldFiches;
import nl.bncfiche.validation.FicheValidator;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** How a user checks fiches in a unit test: assertions, and generators under plain JUnit. */
class FicheUnitTest {
  // tag::testing[]
  // "Today" fixed, so that a test gives the same result on every day it runs
  static final FicheValidator VALIDATOR =
      FicheValidator.builder()
          .clock(Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC))
          .build();

  @Test
  void ourFicheIsReadyToSend() {
    KamerstukDocument fiche = VoorbeeldFiches.mededeling(); // or your own, read or built
    assertThat(fiche).usingValidator(VALIDATOR).isValid().hasNoIssuesAtOrAbove(Severity.WARNING);
  }

  @Test
  void aDraftWithoutDateIsReported() {
    KamerstukDocument draft = FicheGenerator.withSeed(7).violating("BNC-V-003");
    assertThat(draft)
        .usingValidator(VALIDATOR)
        .usingProfile(Profile.DEFINITIEF)
        .hasIssue("BNC-V-003")
        .withSeverity(Severity.ERROR);
  }

  static LongStream seeds() {
    return LongStream.range(0, 50);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyGeneratedFicheIsValid(long seed) { // a failure names its seed
    assertThat(FicheGenerator.withSeed(seed).validFiche()).usingValidator(VALIDATOR).isValid();
  }
  // end::testing[]
}
