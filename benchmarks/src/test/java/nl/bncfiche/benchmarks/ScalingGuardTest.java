package nl.bncfiche.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.validation.FicheValidator;
import org.junit.jupiter.api.Test;

/**
 * Guards against a regression to quadratic time where fiche-rendering's own guard (its {@code
 * ScalingTest}) does not look: the validator and the JSON reader and writer on every {@link
 * HostileFamily}. Not a measurement (that is {@code benchmarks/scaling}): the same work on an input
 * eight times as large must take less than 24 times as long (linear: 8, quadratic: 64), in the
 * thread's CPU time, the fastest of several runs of each size taken in turns, measured again before
 * it fails. Also the suite's own arithmetic.
 */
class ScalingGuardTest {
  private static final double LIMIT = 24;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final FicheValidator VALIDATOR = FicheValidator.create();

  /** A smaller base size than the suite's: a guard must be quick. */
  private static int guardSize(HostileFamily f) {
    return Math.max(250, f.n() / 20);
  }

  @Test
  void validationAndJsonStayLinearOnEveryFamily() {
    for (HostileFamily f : HostileFamily.values()) {
      for (String op : new String[] {"validate", "jsonRead", "jsonWrite"}) {
        int n = guardSize(f);
        Runnable small = work(f, op, n);
        Runnable large = work(f, op, 8 * n);
        for (int i = 0; i < 5; i++) {
          small.run();
        }
        large.run();
        double ratio = Double.MAX_VALUE;
        for (int attempt = 0; attempt < 3 && ratio >= LIMIT; attempt++) {
          ratio = Math.min(ratio, ratio(small, large));
        }
        assertThat(ratio).as("%s, %s: time at 8n divided by time at n", f, op).isLessThan(LIMIT);
      }
    }
  }

  private static Runnable work(HostileFamily f, String op, int size) {
    KamerstukDocument d = f.document(size);
    String json = f.json(size);
    return () -> PeakMemory.run(op, d, "", json, VALIDATOR);
  }

  private static double ratio(Runnable small, Runnable large) {
    long bestSmall = Long.MAX_VALUE;
    long bestLarge = Long.MAX_VALUE;
    for (int round = 0; round < 5; round++) {
      for (int i = 0; i < 3; i++) {
        bestSmall = Math.min(bestSmall, time(small));
      }
      bestLarge = Math.min(bestLarge, time(large));
    }
    return (double) bestLarge / Math.max(1, bestSmall);
  }

  private static long time(Runnable r) {
    long t =
        THREADS.isCurrentThreadCpuTimeSupported()
            ? THREADS.getCurrentThreadCpuTime()
            : System.nanoTime();
    r.run();
    return (THREADS.isCurrentThreadCpuTimeSupported()
            ? THREADS.getCurrentThreadCpuTime()
            : System.nanoTime())
        - t;
  }

  @Test
  void theSuiteTakesTheMedianOfEachOperationFamilyAndScale() throws Exception {
    String json =
        "[{\"benchmark\":\"nl.bncfiche.benchmarks.ScalingBenchmark.textRead\","
            + "\"params\":{\"family\":\"marks\",\"scale\":\"4\"},"
            + "\"primaryMetric\":{\"score\":9.0,\"scoreUnit\":\"us/op\","
            + "\"scorePercentiles\":{\"50.0\":2000.0}}},"
            + "{\"benchmark\":\"nl.bncfiche.benchmarks.ScalingBenchmark.validate\","
            + "\"params\":{\"family\":\"values\",\"scale\":\"1\"},"
            + "\"primaryMetric\":{\"score\":3.0,\"scoreUnit\":\"ms/op\"}}]";
    Map<String, Double> m = ScalingSuite.medians(json);
    assertThat(m)
        .containsEntry(ScalingSuite.key("textRead", "marks", 4), 2.0)
        .containsEntry(ScalingSuite.key("validate", "values", 1), 3.0)
        .hasSize(2);
  }

  @Test
  void theSuiteTakesTheMeanAndTheCollectionsPerOperation() throws Exception {
    String json =
        "[{\"benchmark\":\"nl.bncfiche.benchmarks.ScalingBenchmark.textWrite\","
            + "\"params\":{\"family\":\"values\",\"scale\":\"4\"},"
            + "\"primaryMetric\":{\"score\":900.0,\"scoreUnit\":\"us/op\","
            + "\"scorePercentiles\":{\"50.0\":800.0}}}]";
    assertThat(ScalingSuite.means(json))
        .containsExactly(Map.entry(ScalingSuite.key("textWrite", "values", 4), 0.9));
    ScalingBenchmark.GcLine line =
        new ScalingBenchmark.GcLine("textWrite", "values", 4, 120, 2.5, 0.25);
    assertThat(line.format()).isEqualTo("textWrite\tvalues\t4\t120\t2.5000\t0.2500");
    assertThat(ScalingSuite.collections(java.util.List.of(line.format(), "")))
        .containsExactly(Map.entry(ScalingSuite.key("textWrite", "values", 4), line));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ScalingBenchmark.GcLine.parse("textWrite\tvalues"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyFamilyHasEveryForm() {
    for (HostileFamily f : HostileFamily.values()) {
      assertThat(f.document(3).getFiches()).as("%s", f).hasSize(1);
      assertThat(f.text(3)).as("%s", f).startsWith("Fiche: Schaal");
      assertThat(f.json(3)).as("%s", f).contains("\"titel\" : \"Schaal\"");
      assertThat(HostileFamily.named(f.name().toLowerCase(java.util.Locale.ROOT))).isEqualTo(f);
    }
  }
}
