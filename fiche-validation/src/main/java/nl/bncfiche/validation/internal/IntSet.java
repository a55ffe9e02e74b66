package nl.bncfiche.validation.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * A set of footnote numbers: bits for the small numbers every fiche uses, a hash set only for the
 * rest (negative or very large numbers, which only damaged input has). The footnote rules ask it
 * for every reference of a fiche; a {@code Set<Integer>} boxed each one.
 */
public final class IntSet {
  /** Numbers below this are bits; a fiche of hundreds of footnotes stays within it. */
  private static final int BITS = 1 << 16;

  private long[] bits = new long[4];
  private Set<Integer> rest;

  /** Adds {@code n}; whether it was new. */
  public boolean add(int n) {
    if (n >= 0 && n < BITS) {
      int word = n >>> 6;
      if (word >= bits.length) {
        bits = Arrays.copyOf(bits, Math.max(word + 1, bits.length * 2));
      }
      long mask = 1L << n;
      boolean added = (bits[word] & mask) == 0;
      bits[word] |= mask;
      return added;
    }
    if (rest == null) {
      rest = new HashSet<>();
    }
    return rest.add(n);
  }

  /** Whether {@code n} was added. */
  public boolean contains(int n) {
    if (n >= 0 && n < BITS) {
      int word = n >>> 6;
      return word < bits.length && (bits[word] & (1L << n)) != 0;
    }
    return rest != null && rest.contains(n);
  }
}
