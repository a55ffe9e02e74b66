package nl.bncfiche.integration;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.bncfiche.validation.FicheValidator;

/**
 * A fixed "today" for these tests, after every date that the generators and sample fiches use (they
 * stay before 2026-11-01), so that no result depends on the machine's clock.
 */
final class Today {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);

  private Today() {}

  /** A validator with every rule at its default severity that takes {@link #CLOCK} for today. */
  static FicheValidator validator() {
    return FicheValidator.builder().clock(CLOCK).build();
  }
}
