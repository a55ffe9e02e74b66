package nl.bncfiche.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatiosTest {
  private static String result(String method, String dataSet, double p50, String unit) {
    return "{\"benchmark\":\"nl.bncfiche.benchmarks.CodecBenchmark."
        + method
        + "\",\"mode\":\"sample\","
        + "\"params\":{\"dataSet\":\""
        + dataSet
        + "\"},"
        + "\"primaryMetric\":{\"score\":"
        + (p50 * 2)
        + ",\"scoreUnit\":\""
        + unit
        + "\","
        + "\"scorePercentiles\":{\"50.0\":"
        + p50
        + ",\"99.0\":"
        + (p50 * 10)
        + "}},"
        + "\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":1234.0,\"scoreUnit\":\"B/op\"}}}";
  }

  @Test
  void dividesTheMediansOfOneDataSetAndConvertsUnits() {
    String json =
        "["
            + String.join(
                ",",
                result("textWrite", "sample", 20, "us/op"),
                result("jsonWrite", "sample", 50_000, "ns/op"),
                result("textRead", "sample", 0.09, "ms/op"),
                result("jsonRead", "sample", 60, "us/op"),
                result("validate", "sample", 30, "us/op"))
            + "]";

    List<Ratios.Row> rows = Ratios.parse(json, "").rows(Map.of());

    assertThat(rows)
        .extracting(Ratios.Row::name)
        .containsExactly(
            "render-vs-json-write/sample",
            "read-vs-json-read/sample",
            "validate-vs-json-read/sample");
    assertThat(rows.get(0).ratio()).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(rows.get(0).passes()).isTrue();
    assertThat(rows.get(1).ratio()).isCloseTo(1.5, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(rows.get(1).passes()).isFalse();
    assertThat(rows.get(2).ratio()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(Ratios.parse(json, "").markdown(rows))
        .contains(
            "Warm time per fiche",
            "| read/sample | 90.0 | 900.0 | 1,234 |",
            "| render/sample | 20.0 | 200.0 | 1,234 |",
            "| validate/sample | 30.0 | 300.0 | 1,234 |");
  }

  @Test
  void severalSweepsGiveTheMedianOfTheirRatiosAndItsRange() {
    List<String> sweeps =
        List.of(
            "["
                + result("textRead", "sample", 100, "us/op")
                + ","
                + result("jsonRead", "sample", 200, "us/op")
                + "]",
            "["
                + result("textRead", "sample", 300, "us/op")
                + ","
                + result("jsonRead", "sample", 200, "us/op")
                + "]",
            "["
                + result("textRead", "sample", 110, "us/op")
                + ","
                + result("jsonRead", "sample", 100, "us/op")
                + "]");

    Ratios ratios = Ratios.parse(sweeps, "");
    List<Ratios.Row> rows = ratios.rows(Map.of());

    // Per sweep 0.5, 1.5 and 1.1: the median of those, not 110 / 200 from the medians of each side.
    assertThat(Ratios.tsv(rows))
        .isEqualTo(
            "name\tratio\ttarget\tresult\n" + "read-vs-json-read/sample\t1.100\t1.0\tMISS\n");
    String md = ratios.markdown(rows);
    assertThat(md)
        .contains(
            "| ratio | measured (median of 3 sweeps) | lowest–highest | target | result |",
            "| read-vs-json-read/sample | 1.10 | 0.50–1.50 | ≤ 1.0 | **MISS** |");
    // The time table shows each figure's median over the sweeps.
    assertThat(md).contains("| sample | 110.0 | 1,234 | 200.0 | 1,234 |");
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwoAndAMissingFigureIsNone() {
    assertThat(Ratios.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    assertThat(Ratios.median(new double[] {5, 1, 3})).isEqualTo(3.0);
    assertThat(Ratios.median(new double[] {})).isNaN();
    assertThat(Ratios.median(new double[] {1, Double.NaN})).isNaN();
  }

  @Test
  void processFiguresGiveTheColdAndBatchRows() {
    String json = "[" + result("readAndValidate", "gen5k", 100, "us/op") + "]";
    String tsv =
        "cold.fiche.ms\t600.0\ncold.hello.ms\t100.0\nbatch.files\t2000\nbatch.wall.ms\t400.0\n"
            + "batch.warm.wall.ms\t160.0\n";

    List<Ratios.Row> rows = Ratios.parse(json, tsv).rows(Map.of());

    assertThat(Ratios.tsv(rows))
        .isEqualTo(
            "name\tratio\ttarget\tresult\n"
                + "cold-validate-vs-jvm\t6.000\t4.0\tMISS\n"
                + "batch-per-fiche-vs-single\t2.000\t4.0\tpass\n"
                + "batch-vs-warm-command-line\t2.500\t-\tdiagnostic\n");
    assertThat(rows.get(2).passes()).isTrue();
    assertThat(Ratios.parse(json, tsv).markdown(rows))
        .contains("| batch-vs-warm-command-line | 2.50 | — | diagnostic, no target |");
  }

  @Test
  void onJdk25TheColdAndBatchTargetsAreThoseOfTheAheadOfTimeCache() {
    String json = "[" + result("readAndValidate", "gen5k", 100, "us/op") + "]";
    String tsv =
        """
        jvm.feature\t25
        cold.fiche.ms\t300.0
        cold.hello.ms\t100.0
        batch.files\t2000
        batch.wall.ms\t700.0
        """;

    List<Ratios.Row> rows = Ratios.parse(json, tsv).rows(Map.of());

    assertThat(Ratios.tsv(rows))
        .isEqualTo(
            """
            name\tratio\ttarget\tresult
            cold-validate-vs-jvm\t3.000\t2.5\tMISS
            batch-per-fiche-vs-single\t3.500\t3.0\tMISS
            """);
    assertThat(Ratios.parse(json, tsv.replace("\t25\n", "\t17\n")).rows(Map.of()))
        .allMatch(Ratios.Row::passes);
  }

  @Test
  void docxRatiosAgainstTheTextAndAgainstPoi() {
    String json =
        "["
            + String.join(
                ",",
                result("textRead", "sample", 10, "us/op")
                    .replace("CodecBenchmark", "DocxBenchmark"),
                result("docxRead", "sample", 90, "us/op")
                    .replace("CodecBenchmark", "DocxBenchmark"),
                result("poiRead", "sample", 300, "us/op")
                    .replace("CodecBenchmark", "DocxBenchmark"),
                result("textWrite", "sample", 10, "us/op")
                    .replace("CodecBenchmark", "DocxBenchmark"),
                result("docxWrite", "sample", 70, "us/op")
                    .replace("CodecBenchmark", "DocxBenchmark"),
                // the codec benchmark's own textRead is not the docx benchmark's peer
                result("textRead", "sample", 1, "us/op"))
            + "]";

    List<Ratios.Row> rows = Ratios.parse(json, "").rows(Map.of());

    assertThat(Ratios.tsv(rows))
        .contains(
            """
            docx-read-vs-text-read/sample\t9.000\t8.0\tMISS
            docx-write-vs-text-write/sample\t7.000\t8.0\tpass
            docx-read-vs-poi/sample\t0.300\t0.2\tMISS
            """);
    assertThat(Ratios.parse(json, "").markdown(rows))
        .contains("Word (.docx), `DocxBenchmark`:", "| sample | 10.0 | 1,234 | 90.0 | 1,234 |");
  }

  @Test
  void scalingIsPerCharacterAndJacksonsOwnHasNoTarget() {
    String json =
        "["
            + String.join(
                ",",
                result("textRead", "gen50k", 100, "us/op"),
                result("textRead", "gen500k", 1_500, "us/op"),
                result("jsonRead", "gen50k", 100, "us/op"),
                result("jsonRead", "gen500k", 2_000, "us/op"))
            + "]";

    List<Ratios.Row> rows =
        Ratios.parse(json, "").rows(Map.of("gen50k", 50_000, "gen500k", 500_000));

    assertThat(Ratios.tsv(rows))
        .endsWith(
            ""
                + "scaling-500k-vs-50k/textRead\t1.500\t1.3\tMISS\n"
                + "scaling-500k-vs-50k/jsonRead\t2.000\t-\tpeer\n");
    assertThat(rows.get(rows.size() - 1).passes()).isTrue();
  }

  /** A sampled result whose iterations have these samples, as JMH writes them. */
  private static String sampled(String method, String iterations) {
    return "{\"benchmark\":\"nl.bncfiche.benchmarks.CodecBenchmark."
        + method
        + "\",\"mode\":\"sample\",\"params\":{\"dataSet\":\"gen5k\"},"
        + "\"primaryMetric\":{\"score\":50,\"scoreUnit\":\"us/op\","
        + "\"scorePercentiles\":{\"50.0\":50,\"99.0\":90},"
        + "\"rawDataHistogram\":[["
        + iterations
        + "]]}}";
  }

  @Test
  void namesTheFiguresThatWereStillWarmingUp() {
    // textRead's first iteration has a median of 80 (the middle of five samples, listed out of
    // order), its last one of 50: a drift of 1.6. jsonRead's 52 against 50 is steady.
    String json =
        "["
            + sampled(
                "textRead", "[[90.0,1],[40.0,1],[80.0,2],[95.0,1]],[[50.0,3],[70.0,1]],[[50.0,2]]")
            + ","
            + sampled("jsonRead", "[[52.0,4]],[[50.0,4]]")
            + "]";

    Ratios ratios = Ratios.parse(json, "");

    assertThat(ratios.unsteady()).containsExactly("CodecBenchmark.textRead/gen5k (1.60)");
    assertThat(ratios.markdown(ratios.rows(Map.of())))
        .contains("Still warming up when measured")
        .contains("CodecBenchmark.textRead/gen5k (1.60)")
        .doesNotContain("jsonRead/gen5k (");
  }

  @Test
  void aSteadyRunNamesNothing() {
    String json = "[" + sampled("textRead", "[[50.0,4]],[[55.0,1],[49.0,3]]") + "]";

    Ratios ratios = Ratios.parse(json, "");

    assertThat(ratios.unsteady()).isEmpty();
    assertThat(ratios.markdown(ratios.rows(Map.of()))).doesNotContain("Still warming up");
  }

  @Test
  void refusesWhatIsNoJmhResult() {
    assertThatThrownBy(() -> Ratios.parse("{\"a\":1}", ""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
