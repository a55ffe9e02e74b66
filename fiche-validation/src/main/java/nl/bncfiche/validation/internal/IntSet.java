package nl.bncfiche.validation.internal;

import java.util.Arrays;

/**
 * A set of footnote numbers, without a boxed number anywhere: bits for the non-negative numbers
 * below {@link #BITS} (as many as the largest input can number), grown as far as the largest number
 * added; an open-addressing table only for the rest (negative or huge numbers, which only damaged
 * input has). The footnote rules ask it for every reference of a fiche.
 */
public final class IntSet {
  /** Numbers below this are bits: at most 512 KB of them, for a fiche of millions of footnotes. */
  static final int BITS = 1 << 22;

  private long[] bits = new long[4];

  /** The other numbers, 0 for a free slot (0 itself is a bit); null until one comes. */
  private int[] rest;

  private int restSize;

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
      rest = new int[16];
    } else if (2 * (restSize + 1) > rest.length) {
      grow();
    }
    boolean added = put(rest, n);
    if (added) {
      restSize++;
    }
    return added;
  }

  /** Whether {@code n} was added. */
  public boolean contains(int n) {
    if (n >= 0 && n < BITS) {
      int word = n >>> 6;
      return word < bits.length && (bits[word] & (1L << n)) != 0;
    }
    if (rest == null) {
      return false;
    }
    int mask = rest.length - 1;
    for (int i = slot(n, mask); rest[i] != 0; i = (i + 1) & mask) {
      if (rest[i] == n) {
        return true;
      }
    }
    return false;
  }

  private static boolean put(int[] table, int n) {
    int mask = table.length - 1;
    int i = slot(n, mask);
    for (; table[i] != 0; i = (i + 1) & mask) {
      if (table[i] == n) {
        return false;
      }
    }
    table[i] = n;
    return true;
  }

  private void grow() {
    int[] old = rest;
    rest = new int[old.length * 2];
    for (int n : old) {
      if (n != 0) {
        put(rest, n);
      }
    }
  }

  /** A spread of the number's bits, so that a run of numbers does not fill one stretch. */
  private static int slot(int n, int mask) {
    int h = n * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }
}
