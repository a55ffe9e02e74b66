package nl.bncfiche.testing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The generators' only source of chance: a {@link Random} with a fixed seed.
 *
 * <p>{@code java.util.Random} and not {@code SplittableRandom}, because its algorithm is specified
 * by the Java SE API: the same seed and the same calls give the same numbers on every JVM. Not
 * thread-safe; one instance per generator.
 */
public final class Dice {
  private final Random random;

  /** Dice that roll the same numbers for the same seed. */
  public Dice(long seed) {
    // Random's first numbers for neighbouring seeds are strongly correlated (seeds 1, 2, 3 would
    // all start with the same template), so the seed is scrambled first with SplitMix64's mixer.
    this.random = new Random(mix(seed));
  }

  private static long mix(long seed) {
    long z = seed + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A number from {@code min} to {@code max}, both included; {@code min <= max}. */
  public int between(int min, int max) {
    if (max < min) {
      throw new IllegalArgumentException("max < min: " + max + " < " + min);
    }
    return min + random.nextInt(max - min + 1);
  }

  /** True with a chance of {@code percent} out of 100. */
  public boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  /** One element of a non-empty list. */
  public <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** One element of a non-empty array. */
  @SafeVarargs
  public final <T> T pick(T... items) {
    return items[random.nextInt(items.length)];
  }

  /** {@code n} different elements of {@code items} in random order; all of them when fewer. */
  public <T> List<T> pickDistinct(List<T> items, int n) {
    List<T> copy = new ArrayList<>(items);
    int count = Math.min(n, copy.size());
    // A partial Fisher-Yates shuffle written out, so the order does not depend on a library.
    for (int i = 0; i < count; i++) {
      int j = i + random.nextInt(copy.size() - i);
      T t = copy.get(i);
      copy.set(i, copy.get(j));
      copy.set(j, t);
    }
    return new ArrayList<>(copy.subList(0, count));
  }
}
