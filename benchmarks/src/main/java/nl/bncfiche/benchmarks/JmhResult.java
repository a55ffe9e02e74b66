package nl.bncfiche.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** The figures {@link Ratios} takes from one JMH JSON result ({@code -rf json}). */
final class JmhResult {
  private JmhResult() {}

  /**
   * One JMH result: average or sample time in microseconds, its percentiles and allocation, and its
   * drift: the first measured iteration's time over the last one's (NaN with fewer than two
   * iterations). A drift well above 1 means the code was still being compiled while it was
   * measured, so the figure is too high.
   */
  static final class Score {
    final double micros;
    final double p50;
    final double p99;
    final double bytesPerOp;
    final double drift;

    Score(double micros, double p50, double p99, double bytesPerOp, double drift) {
      this.micros = micros;
      this.p50 = p50;
      this.p99 = p99;
      this.bytesPerOp = bytesPerOp;
      this.drift = drift;
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
              alloc,
              drift(primary)));
    }
    return scores;
  }

  /**
   * The first measured iteration's time over the last one's, of the first fork: the median of each
   * iteration's samples in sample mode ({@code rawDataHistogram}), the iteration's score otherwise
   * ({@code rawData}); NaN when the result has fewer than two iterations.
   */
  static double drift(JsonNode primary) {
    JsonNode histogram = primary.path("rawDataHistogram").path(0);
    if (histogram.size() >= 2) {
      return histogramMedian(histogram.get(0))
          / histogramMedian(histogram.get(histogram.size() - 1));
    }
    JsonNode raw = primary.path("rawData").path(0);
    if (raw.size() >= 2) {
      return raw.get(0).asDouble() / raw.get(raw.size() - 1).asDouble();
    }
    return Double.NaN;
  }

  /** The median of one iteration's samples, given as {@code [value, count]} pairs. */
  private static double histogramMedian(JsonNode pairs) {
    double[][] byValue = new double[pairs.size()][];
    long total = 0;
    for (int i = 0; i < pairs.size(); i++) {
      byValue[i] = new double[] {pairs.get(i).get(0).asDouble(), pairs.get(i).get(1).asDouble()};
      total += pairs.get(i).get(1).asLong();
    }
    Arrays.sort(byValue, Comparator.comparingDouble(p -> p[0]));
    long half = (total + 1) / 2;
    long seen = 0;
    for (double[] p : byValue) {
      seen += (long) p[1];
      if (seen >= half) {
        return p[0];
      }
    }
    return Double.NaN;
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
