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
 * ScalingBenchmark}, the median time (from a JMH result) and the live heap the operation needs
 * ({@link MinimumHeap}: the smallest heap it runs in, less that of its input) at the family's base
 * size n and at 4n, and their ratios; linear is 4, and the target is at most {@link #TARGET}. The
 * quicker {@link PeakMemory} (the heap at collections) is shown beside it and gives the search its
 * first guess. Writes {@code scaling.tsv} and {@code scaling.md} into the output folder and prints
 * the table.
 *
 * <p>With the collections per operation that {@link ScalingBenchmark} wrote ({@code GC_FILE}), each
 * figure also has its mean time spent in collections, and the ratio of the mean time outside them:
 * where the ratio of the times is over the target and this one is not, the excess is the
 * collector's (a larger live set to copy at 4n), not the work's.
 *
 * <p>Each figure's time ratio is also measured in pairs, n and 4n alternating in one JVM of their
 * own ({@link PairedScaling}): JMH measures each size in a fork of its own, and its ratios move
 * with the forks' compiled code and heap layout. The paired ratio is the one a figure passes or
 * misses by; JMH's times stay beside it.
 *
 * <p>Usage: {@code ScalingSuite JMH_JSON OUT_DIR [GC_FILE]}; the families are those the JMH result
 * has, and of each the operations it has. The peak-memory and paired JVMs use this class's own
 * class path.
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
    String jmh = Files.readString(Path.of(args[0]));
    Map<String, Double> times = medians(jmh);
    Map<String, Double> means = means(jmh);
    Map<String, ScalingBenchmark.GcLine> gc =
        args.length > 2 ? collections(Files.readAllLines(Path.of(args[2]))) : Map.of();
    Path out = Path.of(args[1]);
    List<String> tsv = new ArrayList<>();
    List<String> md = new ArrayList<>();
    md.add(
        "| family | operation | time n (ms) | time 4n (ms) | ratio | GC n (ms) | GC 4n (ms) |"
            + " ratio outside GC | paired n (ms) | paired 4n (ms) | paired ratio | peak n (MB) |"
            + " peak 4n (MB) | ratio | least free heap n (MB) | least free heap 4n (MB) | ratio |"
            + " result |");
    md.add(
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    int misses = 0;
    for (HostileFamily f : HostileFamily.values()) {
      String family = f.name().toLowerCase(Locale.ROOT);
      if (!hasFamily(times, family)) {
        continue;
      }
      for (String op : OPERATIONS) {
        if (!times.containsKey(key(op, family, 1)) && !times.containsKey(key(op, family, 4))) {
          continue;
        }
        double t1 = times.getOrDefault(key(op, family, 1), Double.NaN);
        double t4 = times.getOrDefault(key(op, family, 4), Double.NaN);
        double gc1 = gcMillis(gc, key(op, family, 1));
        double gc4 = gcMillis(gc, key(op, family, 4));
        double outside =
            (means.getOrDefault(key(op, family, 4), Double.NaN) - gc4)
                / (means.getOrDefault(key(op, family, 1), Double.NaN) - gc1);
        long m1 = peak(family, op, f.n());
        long m4 = peak(family, op, 4 * f.n());
        double timeRatio = t4 / t1;
        double[] pair = paired(family, op);
        double pairedRatio = pair[1] / pair[0];
        double peakRatio = (double) Math.max(m4, MEMORY_FLOOR) / Math.max(m1, MEMORY_FLOOR);
        long l1 = live(family, op, f.n());
        long l4 = live(family, op, 4 * f.n());
        double memoryRatio = (double) Math.max(l4, MEMORY_FLOOR) / Math.max(l1, MEMORY_FLOOR);
        boolean pass = pairedRatio <= TARGET && memoryRatio <= TARGET;
        misses += pass ? 0 : 1;
        tsv.add(
            String.join(
                "\t",
                family,
                op,
                format(t1),
                format(t4),
                format(timeRatio),
                format(gc1),
                format(gc4),
                format(outside),
                format(pair[0]),
                format(pair[1]),
                format(pairedRatio),
                Long.toString(m1),
                Long.toString(m4),
                format(peakRatio),
                Long.toString(l1),
                Long.toString(l4),
                format(memoryRatio),
                pass ? "pass" : "MISS"));
        md.add(
            String.format(
                Locale.ROOT,
                "| %s | %s | %.3f | %.3f | %.2f | %.3f | %.3f | %.2f | %.3f | %.3f | %.2f | %.1f |"
                    + " %.1f | %.2f | %.1f | %.1f | %.2f | %s |",
                family,
                op,
                t1,
                t4,
                timeRatio,
                gc1,
                gc4,
                outside,
                pair[0],
                pair[1],
                pairedRatio,
                m1 / 1e6,
                m4 / 1e6,
                peakRatio,
                l1 / 1e6,
                l4 / 1e6,
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
      double unit = unit(primary.path("scoreUnit").asText());
      JsonNode p50 = primary.path("scorePercentiles").path("50.0");
      double ms = (p50.isMissingNode() ? primary.path("score") : p50).asDouble() * unit;
      result.put(key(op, params.path("family").asText(), params.path("scale").asInt()), ms);
    }
    return result;
  }

  /** The mean time in milliseconds of each "operation/family/scale" of a JMH result. */
  static Map<String, Double> means(String jmhJson) throws IOException {
    Map<String, Double> result = new TreeMap<>();
    for (JsonNode b : new ObjectMapper().readTree(jmhJson)) {
      String name = b.path("benchmark").asText();
      String op = name.substring(name.lastIndexOf('.') + 1);
      JsonNode params = b.path("params");
      JsonNode primary = b.path("primaryMetric");
      result.put(
          key(op, params.path("family").asText(), params.path("scale").asInt()),
          primary.path("score").asDouble() * unit(primary.path("scoreUnit").asText()));
    }
    return result;
  }

  /** The lines of {@link ScalingBenchmark}'s collections file by "operation/family/scale". */
  static Map<String, ScalingBenchmark.GcLine> collections(List<String> lines) {
    Map<String, ScalingBenchmark.GcLine> result = new TreeMap<>();
    for (String l : lines) {
      if (!l.isBlank()) {
        ScalingBenchmark.GcLine g = ScalingBenchmark.GcLine.parse(l);
        result.put(key(g.operation(), g.family(), g.scale()), g);
      }
    }
    return result;
  }

  private static double gcMillis(Map<String, ScalingBenchmark.GcLine> gc, String key) {
    ScalingBenchmark.GcLine g = gc.get(key);
    return g == null ? Double.NaN : g.millisPerOperation();
  }

  private static boolean hasFamily(Map<String, Double> times, String family) {
    for (String k : times.keySet()) {
      if (k.contains("/" + family + "/")) {
        return true;
      }
    }
    return false;
  }

  static String key(String operation, String family, int scale) {
    return operation + "/" + family + "/" + scale;
  }

  /** Milliseconds per JMH score unit. */
  private static double unit(String scoreUnit) {
    return switch (scoreUnit) {
      case "us/op" -> 1e-3;
      case "ms/op" -> 1;
      case "s/op" -> 1e3;
      default -> throw new IllegalArgumentException("unexpected unit");
    };
  }

  /**
   * The paired times of one figure ({@link PairedScaling}, in a JVM of its own with the heap of
   * {@link ScalingBenchmark}'s fork): milliseconds at n and at 4n.
   */
  private static double[] paired(String family, String operation)
      throws IOException, InterruptedException {
    String last =
        java(
            List.of("-Xms4g", "-Xmx4g", "-Xmn1g", "-XX:+AlwaysPreTouch"),
            PairedScaling.class,
            family,
            operation);
    // AlwaysPreTouch: the heap's pages touched before the clock runs, not by the first samples
    String[] f = last.split("\t");
    return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])};
  }

  private static long peak(String family, String operation, int size)
      throws IOException, InterruptedException {
    return bytes(
        List.of("-XX:+UseSerialGC", "-Xmn1m", "-Xmx1g"), PeakMemory.class, family, operation, size);
  }

  private static long live(String family, String operation, int size)
      throws IOException, InterruptedException {
    return bytes(
        List.of("-XX:+UseSerialGC", "-Xmn512k", "-Xmx512m"),
        MinimumHeap.class,
        family,
        operation,
        size);
  }

  /** The number of bytes a memory measure ({@code main}) prints for one figure. */
  private static long bytes(
      List<String> options, Class<?> main, String family, String operation, int size)
      throws IOException, InterruptedException {
    return Long.parseLong(java(options, main, family, operation, Integer.toString(size)).strip());
  }

  /**
   * Runs {@code main} in a JVM of its own with this class path and {@code options}; the last line
   * it printed.
   */
  private static String java(List<String> options, Class<?> main, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (p.waitFor() != 0) {
      throw new IllegalStateException(main.getSimpleName() + " failed: " + output);
    }
    return output.lines().reduce((a, b) -> b).orElseThrow();
  }

  private static String format(double d) {
    return String.format(Locale.ROOT, "%.4f", d);
  }
}
