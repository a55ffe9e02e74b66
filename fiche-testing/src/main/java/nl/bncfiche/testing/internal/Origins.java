package nl.bncfiche.testing.internal;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * Remembers which generator call made a value, so that a failing assertion on it can print the seed
 * that reproduces it. Weak keys: a value the test no longer holds is forgotten. Thread-safe.
 */
public final class Origins {
  private static final Map<Object, String> MADE_BY =
      Collections.synchronizedMap(new WeakHashMap<>());

  private Origins() {}

  /** Records that {@code call} made {@code value}; returns the value. */
  public static <T> T record(T value, String call) {
    MADE_BY.put(value, call);
    return value;
  }

  /** The call that made {@code value}, when a generator made it. */
  public static Optional<String> of(Object value) {
    return value == null ? Optional.empty() : Optional.ofNullable(MADE_BY.get(value));
  }
}
