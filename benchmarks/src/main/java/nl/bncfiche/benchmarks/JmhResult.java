package nl.bncfiche.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The figures {@link Ratios} takes from one JMH JSON result ({@code -rf json}). */
final class JmhResult {
  private JmhResult() {}

  /** One JMH result: average or sample time in microseconds, its percentiles and allocation. */
  static final class Score {
    final double micros;
    final double p50;
    final double p99;
    final double bytesPerOp;

    Score(double micros, double p50, double p99, double bytesPerOp) {
      this.micros = micros;
      this.p50 = p50;
      this.p99 = p99;
      this.bytesPerOp = bytesPerOp;
    }
  }

  /**
   * The scores of one JMH JSON result by "Benchmark.method/dataSet".
   *
   * @throws IllegalArgumentException when the JSON is not a JMH result
   */
  static Map<String, Score> scores(String jmhJson) {
    Map<String, Score> scores = new LinkedHashMap<>();
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(jmhJson);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException("not a JMH result: expected a JSON array");
    }
    for (JsonNode b : root) {
      String name = b.path("benchmark").asText();
      String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      String dataSet = b.path("params").path("dataSet").asText("");
      JsonNode primary = b.path("primaryMetric");
      double unit = toMicros(primary.path("scoreUnit").asText());
      JsonNode pct = primary.path("scorePercentiles");
      double alloc =
          b.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble(Double.NaN);
      scores.put(
          key(shortName, dataSet),
          new Score(
              primary.path("score").asDouble() * unit,
              pct.path("50.0").asDouble(Double.NaN) * unit,
              pct.path("99.0").asDouble(Double.NaN) * unit,
              alloc));
    }
    return scores;
  }

  /** The key of a score: "Benchmark.method/dataSet". */
  static String key(String benchmark, String dataSet) {
    return benchmark + "/" + dataSet;
  }

  private static double toMicros(String unit) {
    return switch (unit) {
      case "ns/op" -> 1e-3;
      case "us/op" -> 1;
      case "ms/op" -> 1e3;
      case "s/op" -> 1e6;
      default ->
          throw new IllegalArgumentException(
              "unexpected JMH unit " + unit + ": run in avgt or sample mode");
    };
  }
}
