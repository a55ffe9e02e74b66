package nl.bncfiche.integration.properties;

import java.util.stream.LongStream;

/**
 * The seeds the properties run on: {@code count} consecutive seeds from a fixed base, so CI is
 * reproducible. Set the system property {@code fiche.seedBase} to explore other seeds locally; a
 * failing test names its seed.
 */
final class Seeds {
  /** The first seed unless {@code fiche.seedBase} says otherwise. */
  static final long BASE = Long.getLong("fiche.seedBase", 20_261_201L);

  private Seeds() {}

  static LongStream of(int count) {
    return LongStream.range(BASE, BASE + count);
  }
}
