package nl.bncfiche.rendering.text.internal.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.bncfiche.model.Voetnoot;
import org.junit.jupiter.api.Test;

/**
 * {@link FootnoteOrder} against a plain model of it (a map of each number's footnotes in order of
 * appearance), for each of its lookups: a scan of few footnotes, a table of many with small
 * numbers, a map of many with large or sparse ones.
 */
class FootnoteOrderTest {
  @Test
  void fewFootnotesAreFoundByAScan() {
    check(10, 12, 1);
  }

  @Test
  void manyFootnotesWithSmallNumbersAreFoundInATable() {
    check(400, 300, 1);
  }

  @Test
  void manyFootnotesWithLargeNumbersAreFoundInAMap() {
    check(400, 300, 1_000);
  }

  @Test
  void aNumberNotAmongTheFootnotesIsNoneAndOneCitedAgainIsNoneTheSecondTime() {
    List<Voetnoot> all = new ArrayList<>();
    for (int k = 1; k <= 40; k++) {
      all.add(Voetnoot.of(k, "Noot " + k + "."));
    }
    FootnoteOrder order = new FootnoteOrder(all);
    assertThat(order.cite(0)).isEmpty();
    assertThat(order.cite(-3)).isEmpty();
    assertThat(order.cite(160)).isEmpty();
    assertThat(order.cite(Integer.MAX_VALUE)).isEmpty();
    assertThat(order.cite(7)).containsExactly(all.get(6));
    assertThat(order.cite(7)).isEmpty();
    assertThat(order.left()).hasSize(39).doesNotContain(all.get(6));
  }

  /**
   * Seeded rounds: {@code size} footnotes with numbers from 1 to {@code range} (so some twice),
   * times {@code scale}, cited in a random order with numbers no footnote has among them.
   */
  private static void check(int size, int range, int scale) {
    Random random = new Random(20261205L + size + scale);
    for (int round = 0; round < 50; round++) {
      List<Voetnoot> all = new ArrayList<>();
      Map<Integer, List<Voetnoot>> model = new LinkedHashMap<>();
      for (int k = 0; k < size; k++) {
        int number = (1 + random.nextInt(range)) * scale;
        Voetnoot v = Voetnoot.of(number, "Noot " + k + ".");
        all.add(v);
        model.computeIfAbsent(number, x -> new ArrayList<>()).add(v);
      }
      FootnoteOrder order = new FootnoteOrder(all);
      for (int c = 0; c < size; c++) {
        int number = (1 + random.nextInt(range + 10)) * scale + (random.nextInt(20) == 0 ? 1 : 0);
        List<Voetnoot> expected = model.remove(number);
        assertThat(order.cite(number))
            .as("round %d, number %d", round, number)
            .isEqualTo(expected == null ? List.of() : expected);
        assertThat(order.anyLeft()).isEqualTo(!model.isEmpty());
      }
      List<Voetnoot> left = new ArrayList<>();
      model.values().forEach(left::addAll);
      assertThat(order.left()).isEqualTo(left);
    }
  }
}
