package nl.bncfiche.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scaling suite of issue 20: for every {@link HostileFamily} and every operation of {@link
 * ScalingBenchmark}, the median time (from a JMH result) and the peak live heap ({@link
 * PeakMemory}, in a JVM of its own) at the family's base size n and at 4n, and their ratios; linear
 * is 4, and the target is at most {@link #TARGET}. Writes {@code scaling.tsv} and {@code
 * scaling.md} into the output folder and prints the table.
 *
 * <p>Usage: {@code ScalingSuite JMH_JSON OUT_DIR}. The peak-memory JVMs use this class's own class
 * path.
 */
public final class ScalingSuite {
  /** The largest ratio of a figure at 4n to the same at n. */
  public static final double TARGET = 5.0;

  /** A peak under this many bytes is taken as this many: below it, the measure is noise. */
  static final long MEMORY_FLOOR = 2L << 20;

  /** The operations, as {@link ScalingBenchmark} names its methods. */
  static final List<String> OPERATIONS =
      List.of(
          "textRead",
          "textWrite",
          "markdownWrite",
          "htmlWrite",
          "jsonRead",
          "jsonWrite",
          "validate");

  private ScalingSuite() {}

  /** Measures the memory, combines it with the JMH times and writes the tables. */
  public static void main(String[] args) throws IOException, InterruptedException {
    Map<String, Double> times = medians(Files.readString(Path.of(args[0])));
    Path out = Path.of(args[1]);
    List<String> tsv = new ArrayList<>();
    List<String> md = new ArrayList<>();
    md.add(
        "| family | operation | time n (ms) | time 4n (ms) | ratio | peak n (MB) | peak 4n (MB) |"
            + " ratio | result |");
    md.add("|---|---|---:|---:|---:|---:|---:|---:|---|");
    int misses = 0;
    for (HostileFamily f : HostileFamily.values()) {
      String family = f.name().toLowerCase(Locale.ROOT);
      for (String op : OPERATIONS) {
        double t1 = times.getOrDefault(key(op, family, 1), Double.NaN);
        double t4 = times.getOrDefault(key(op, family, 4), Double.NaN);
        long m1 = peak(family, op, f.n());
        long m4 = peak(family, op, 4 * f.n());
        double timeRatio = t4 / t1;
        double memoryRatio = (double) Math.max(m4, MEMORY_FLOOR) / Math.max(m1, MEMORY_FLOOR);
        boolean pass = timeRatio <= TARGET && memoryRatio <= TARGET;
        misses += pass ? 0 : 1;
        tsv.add(
            String.join(
                "\t",
                family,
                op,
                format(t1),
                format(t4),
                format(timeRatio),
                Long.toString(m1),
                Long.toString(m4),
                format(memoryRatio),
                pass ? "pass" : "MISS"));
        md.add(
            String.format(
                Locale.ROOT,
                "| %s | %s | %.3f | %.3f | %.2f | %.1f | %.1f | %.2f | %s |",
                family,
                op,
                t1,
                t4,
                timeRatio,
                m1 / 1e6,
                m4 / 1e6,
                memoryRatio,
                pass ? "pass" : "**MISS**"));
      }
    }
    Files.createDirectories(out);
    Files.write(out.resolve("scaling.tsv"), tsv, StandardCharsets.UTF_8);
    Files.write(out.resolve("scaling.md"), md, StandardCharsets.UTF_8);
    md.forEach(System.out::println);
    System.out.println(
        misses == 0
            ? "scaling: every ratio at most " + TARGET
            : "scaling: " + misses + " ratios over " + TARGET);
  }

  /** The median time in milliseconds of each "operation/family/scale" of a JMH result. */
  static Map<String, Double> medians(String jmhJson) throws IOException {
    Map<String, Double> result = new TreeMap<>();
    for (JsonNode b : new ObjectMapper().readTree(jmhJson)) {
      String name = b.path("benchmark").asText();
      String op = name.substring(name.lastIndexOf('.') + 1);
      JsonNode params = b.path("params");
      JsonNode primary = b.path("primaryMetric");
      double unit =
          switch (primary.path("scoreUnit").asText()) {
            case "us/op" -> 1e-3;
            case "ms/op" -> 1;
            case "s/op" -> 1e3;
            default -> throw new IllegalArgumentException("unexpected unit");
          };
      JsonNode p50 = primary.path("scorePercentiles").path("50.0");
      double ms = (p50.isMissingNode() ? primary.path("score") : p50).asDouble() * unit;
      result.put(key(op, params.path("family").asText(), params.path("scale").asInt()), ms);
    }
    return result;
  }

  static String key(String operation, String family, int scale) {
    return operation + "/" + family + "/" + scale;
  }

  private static long peak(String family, String operation, int size)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-XX:+UseSerialGC",
                "-Xmn1m",
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                PeakMemory.class.getName(),
                family,
                operation,
                Integer.toString(size))
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("PeakMemory failed: " + output);
    }
    return Long.parseLong(output.lines().findFirst().orElseThrow().strip());
  }

  private static String format(double d) {
    return String.format(Locale.ROOT, "%.4f", d);
  }
}
