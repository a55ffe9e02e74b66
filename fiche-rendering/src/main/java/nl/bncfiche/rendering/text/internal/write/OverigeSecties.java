package nl.bncfiche.rendering.text.internal.write;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.bncfiche.model.Sectie;
import nl.bncfiche.model.sjabloon.Veld;
import nl.bncfiche.rendering.text.internal.grammar.LineClassifier;
import nl.bncfiche.rendering.text.internal.grammar.LinePrefix;

/**
 * Where and under which heading line the canonical text writes a fiche's sections under headings
 * the template does not know, so that the reader takes each for such a section again, with the same
 * heading. The reader knows such a section by its place as much as by its heading:
 *
 * <ul>
 *   <li>one without heading is text before the first section, so it goes there;
 *   <li>one under a numbered heading "N. Kop" needs N to be at least the last section number before
 *       it, so it goes right after the known section numbered N (at the end when there is none), or
 *       right before it when after it the reader would take "N. Kop" for one of its items (see
 *       {@link #before});
 *   <li>the others are the reader's: a known section's heading met a second time, or the heading of
 *       a section that had text before its first item; they go at the end, where every known
 *       section came before, under their heading as written, or numbered when only a numbered
 *       heading names their section ("4. Beoordeling bevoegdheid, …").
 * </ul>
 *
 * Not thread-safe; one per fiche written.
 */
final class OverigeSecties {
  /** The slot of a section that goes after every known section. */
  static final int END = Integer.MAX_VALUE;

  private final List<Sectie> secties;

  /** The indices of {@link #secties} in the order they are written. */
  private final List<Integer> order = new ArrayList<>();

  /** Each section's heading as the reader parses it, and its slot. */
  private final LinePrefix[] prefixes;

  private final int[] slots;
  private final boolean[] written;

  /** The fields of the known sections written so far. */
  private final Set<Veld> known = new HashSet<>();

  /** The first place in {@link #order} whose section is not written yet. */
  private int next;

  OverigeSecties(List<Sectie> secties) {
    this.secties = secties;
    this.prefixes = new LinePrefix[secties.size()];
    this.slots = new int[secties.size()];
    this.written = new boolean[secties.size()];
    for (int i = 0; i < slots.length; i++) {
      String kop = secties.get(i).getKop();
      prefixes[i] = LinePrefix.of(kop);
      slots[i] = kop.isEmpty() ? 0 : slot(prefixes[i]);
      order.add(i);
    }
    // Stable: sections of one slot keep their order.
    order.sort((a, b) -> Integer.compare(slots[a], slots[b]));
  }

  /**
   * The slot of a section under a heading, parsed as {@code p}: N for an unknown numbered heading
   * "N. Kop", {@link #END} for any other (a section without heading has slot 0, before every known
   * section).
   */
  private static int slot(LinePrefix p) {
    if (p.number() >= 1
        && LineClassifier.section(p) == null
        && LineClassifier.isUnknownHeading(p, 0, true)) {
      return p.number();
    }
    return END;
  }

  /** Whether a section without heading goes before the first known section. */
  boolean hasTextBeforeSections() {
    return !order.isEmpty() && slots[order.get(0)] == 0;
  }

  /**
   * The sections, by index, that go before the known section numbered {@code number} ({@link #END}
   * and null for all that are left), in order; each index is given once. {@code field} is that
   * section's field, {@code current} the field of the known section written last (null when none
   * was).
   *
   * <p>The reader takes a numbered heading that names an item of the known section before it for
   * that item ("3. Essentie Nederlands beleid op dit terrein" after section 3's heading), but not
   * after a section the template does not know. So those of slot {@code number} that section {@code
   * number} would take go here, before it, when {@code current} does not take them here; and the
   * first section here is one that {@code current} does not take: of the lowest number, or, when it
   * would take every one, a section of slot {@link #END} that the reader knows anywhere (a known
   * section's heading met again).
   */
  List<Integer> before(int number, Veld field, Veld current) {
    if (current != null) {
      known.add(current);
    }
    List<Integer> result = new ArrayList<>();
    for (int k = next; k < order.size() && slots[order.get(k)] <= number; k++) {
      int i = order.get(k);
      if (!written[i]
          && (slots[i] < number
              || number == END
              || current != null && taken(i, field) && (!result.isEmpty() || !taken(i, current)))) {
        result.add(i);
      }
    }
    if (current != null && !result.isEmpty() && taken(result.get(0), current)) {
      // Sections are sorted by number, and the reader takes none numbered below one before it.
      int first = -1;
      for (int j = 1; j < result.size() && first < 0; j++) {
        int i = result.get(j);
        if (slots[i] == slots[result.get(0)] && !taken(i, current)) {
          first = j;
        }
      }
      if (first > 0) {
        result.add(0, result.remove(first));
      } else {
        int opener = opener(result);
        if (opener >= 0) {
          // At the end, it is one of the batch.
          result.remove(Integer.valueOf(opener));
          result.add(0, opener);
        }
      }
    }
    for (int i : result) {
      written[i] = true;
    }
    while (next < order.size() && written[order.get(next)]) {
      next++;
    }
    return result;
  }

  /** Whether the reader takes the heading of section {@code i} for an item of {@code field}. */
  private boolean taken(int i, Veld field) {
    return LineClassifier.readsAsNumberedItem(prefixes[i], field);
  }

  /**
   * A section of slot {@link #END}, not written yet (at the end, one of {@code batch}), that the
   * reader takes for a section of its own right here: under the heading of a known section written
   * already, numbered no higher than any section in {@code batch}; -1 when there is none.
   */
  private int opener(List<Integer> batch) {
    int lowest = END;
    for (int i : batch) {
      if (slots[i] > 0) {
        lowest = Math.min(lowest, slots[i]);
      }
    }
    for (int k = next; k < order.size(); k++) {
      int i = order.get(k);
      if (slots[i] == END && !written[i]) {
        if (known.contains(LineClassifier.section(prefixes[i])) && prefixes[i].number() <= lowest) {
          return i;
        }
      }
    }
    return -1;
  }

  /** The section at {@code index}. */
  Sectie get(int index) {
    return secties.get(index);
  }

  /** The slot of the section at {@code index}. */
  int slotOf(int index) {
    return slots[index];
  }

  /**
   * The heading line of a section of slot {@link #END} under {@code kop}: {@code kop}, or "N. kop"
   * when only that is a known section's heading ({@code lastNumber} the highest section number
   * written before). A heading that is neither is written as it is: the reader takes it, and the
   * section's text, for text of the section before.
   */
  static String endHeading(String kop, int lastNumber) {
    if (isHeading(kop, lastNumber)) {
      return kop;
    }
    String numbered = Math.max(1, lastNumber) + ". " + kop;
    return LineClassifier.section(LinePrefix.of(numbered)) != null ? numbered : kop;
  }

  private static boolean isHeading(String line, int lastNumber) {
    LinePrefix p = LinePrefix.of(line);
    return LineClassifier.section(p) != null
        || LineClassifier.isUnknownHeading(p, lastNumber, lastNumber > 0);
  }
}
