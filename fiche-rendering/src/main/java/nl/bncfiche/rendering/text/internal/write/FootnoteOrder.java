package nl.bncfiche.rendering.text.internal.write;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.bncfiche.model.Voetnoot;

/**
 * Which footnotes of a fiche are still to be written: each number's footnotes go after the
 * paragraph that first cites it, those of numbers no paragraph cites at the end, in order of
 * appearance. Not thread-safe; one per fiche written.
 */
final class FootnoteOrder {
  /**
   * Up to this many footnotes are looked up by a scan; more by a table or a map, so that many stay
   * linear.
   */
  private static final int FEW = 16;

  /** The footnotes' distinct numbers in order of appearance. */
  private final int[] numbers;

  /** The footnotes of each of {@link #numbers}. */
  private final List<List<Voetnoot>> footnotes;

  /** Whether the bodies of each of {@link #numbers} are written. */
  private final boolean[] written;

  /**
   * When there are more than {@link #FEW} footnotes and every number is below four times their
   * count (as 1, 2, 3, … are): one more than the index in {@link #numbers} of each number, 0 for
   * none. An array read, where a map of boxed numbers chases nodes spread over the heap, which is
   * what a fiche of thousands of footnotes spent most of its lookups on.
   */
  private final int[] slots;

  /**
   * The index of each footnote number in {@link #numbers}, when there are more than {@link #FEW}
   * and some number is too large for {@link #slots}.
   */
  private final Map<Integer, Integer> byNumber;

  private int unwritten;

  FootnoteOrder(List<Voetnoot> all) {
    int[] n = new int[all.size()];
    footnotes = new ArrayList<>(all.size());
    int table = all.size() > FEW ? tableSize(all) : -1;
    slots = table >= 0 ? new int[table] : null;
    byNumber = all.size() > FEW && slots == null ? new HashMap<>() : null;
    int count = 0;
    for (Voetnoot v : all) {
      int k = index(n, count, v.getNummer());
      if (k < 0) {
        n[count++] = v.getNummer();
        footnotes.add(new ArrayList<>(1));
        k = count - 1;
        if (slots != null) {
          slots[v.getNummer()] = count;
        } else if (byNumber != null) {
          byNumber.put(v.getNummer(), k);
        }
      }
      footnotes.get(k).add(v);
    }
    numbers = count == n.length ? n : Arrays.copyOf(n, count);
    written = new boolean[count];
    unwritten = count;
  }

  /** Whether some footnote is not written yet. */
  boolean anyLeft() {
    return unwritten > 0;
  }

  /**
   * The footnotes of {@code number}, cited now, when they are not written yet (from now on they
   * are); none when they are, or when the fiche has no such footnote.
   */
  List<Voetnoot> cite(int number) {
    int k = index(numbers, numbers.length, number);
    if (k < 0 || written[k]) {
      return List.of();
    }
    written[k] = true;
    unwritten--;
    return footnotes.get(k);
  }

  /** The footnotes no paragraph cited, in order of appearance. */
  List<Voetnoot> left() {
    List<Voetnoot> left = new ArrayList<>();
    for (int k = 0; k < numbers.length; k++) {
      if (!written[k]) {
        left.addAll(footnotes.get(k));
      }
    }
    return left;
  }

  /**
   * The size of {@link #slots} for {@code all}: one more than the largest number, or -1 when a
   * number is negative or not below four times their count.
   */
  private static int tableSize(List<Voetnoot> all) {
    long limit = 4L * all.size();
    int largest = 0;
    for (Voetnoot v : all) {
      int n = v.getNummer();
      if (n < 0 || n >= limit) {
        return -1;
      }
      largest = Math.max(largest, n);
    }
    return largest + 1;
  }

  /** The index of {@code number} among the first {@code count} of {@code values}, or -1. */
  private int index(int[] values, int count, int number) {
    if (slots != null) {
      return number >= 0 && number < slots.length ? slots[number] - 1 : -1;
    }
    if (byNumber != null) {
      Integer k = byNumber.get(number);
      return k == null ? -1 : k;
    }
    for (int i = 0; i < count; i++) {
      if (values[i] == number) {
        return i;
      }
    }
    return -1;
  }
}
