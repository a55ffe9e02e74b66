package nl.bncfiche.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import nl.bncfiche.benchmarks.JmhResult.Score;

/**
 * The target ratios (docs/performance.md) from one JMH JSON result and the process figures of
 * {@link ProcessTimings}: prints the table (name, ratio, target, pass or miss) and the plain
 * figures, and writes them as {@code ratios.tsv} and {@code results.md}.
 *
 * <p>Usage: {@code Ratios JMH_JSON[,JMH_JSON...] PROCESS_TSV OUT_DIR}: one JMH result per sweep
 * (see {@link #parse(List, String)}); a missing process file leaves out the process-level rows.
 * Exit code 0 even when a target is missed: the table says so.
 */
public final class Ratios {
  private static final String CODEC = "CodecBenchmark.";
  private static final String DOCX = "DocxBenchmark.";

  /**
   * The JDK from which the command line has the ahead-of-time cache (JEP 483, 514, 515) through
   * {@code ./fiche}; its targets for the cold start and the batch are stricter than those of the
   * class-data archive on earlier JDKs (issue 18).
   */
  static final int AOT_CACHE_JDK = 25;

  /**
   * A JMH figure whose first measured iteration took more than this times its last was still being
   * compiled while it was measured: it is too high, and so is a ratio with it on top (too low with
   * it below).
   */
  static final double UNSTEADY_DRIFT = 1.2;

  /** One measured ratio against its target (lower is better), or a figure without one. */
  public static final class Row {
    final String name;
    final double ratio;
    final double low;
    final double high;
    final double target;
    final String without;

    /**
     * A ratio, the median of its sweeps' ({@code low} and {@code high} the extremes), against
     * {@code target}; or, with a NaN target, a figure without one, {@code without} saying what kind
     * ("peer": Jackson's own; "diagnostic": explains another row).
     */
    Row(String name, double ratio, double low, double high, double target, String without) {
      this.name = name;
      this.ratio = ratio;
      this.low = low;
      this.high = high;
      this.target = target;
      this.without = without;
    }

    /** The ratio's name, e.g. {@code read-vs-json-read/gen50k}. */
    public String name() {
      return name;
    }

    /** The measured ratio. */
    public double ratio() {
      return ratio;
    }

    /** The target it must not exceed; NaN for a figure without one. */
    public double target() {
      return target;
    }

    /**
     * Whether this figure has no target: the peer's own figure (Jackson's scaling; the targets are
     * about this library's code) or a diagnostic that explains another row.
     */
    public boolean isPeer() {
      return Double.isNaN(target);
    }

    /** Whether the ratio meets its target; a figure without one always passes. */
    public boolean passes() {
      return isPeer() || ratio <= target;
    }

    /** {@code pass}, {@code MISS}, or the kind of a figure without a target. */
    String result() {
      return isPeer() ? without : passes() ? "pass" : "MISS";
    }
  }

  /** Each sweep's scores by "benchmark/dataSet"; one sweep per JMH run. */
  private final List<Map<String, Score>> sweeps;

  /** Per key, the median over the sweeps of each figure: what the tables show. */
  private final Map<String, Score> scores;

  private final Map<String, String> process;

  private Ratios(List<Map<String, Score>> sweeps, Map<String, String> process) {
    this.sweeps = sweeps;
    this.process = process;
    this.scores = new LinkedHashMap<>();
    for (Map<String, Score> sweep : sweeps) {
      for (String k : sweep.keySet()) {
        scores.computeIfAbsent(k, this::merged);
      }
    }
  }

  /**
   * Parses one JMH JSON result ({@code -rf json}) and the process figures.
   *
   * @param jmhJson the JSON text
   * @param processTsv {@code key\tvalue} lines, or an empty string
   * @throws IllegalArgumentException when the JSON is not a JMH result
   */
  public static Ratios parse(String jmhJson, String processTsv) {
    return parse(List.of(jmhJson), processTsv);
  }

  /**
   * Parses several JMH results of the same benchmarks, run one after the other (sweeps), and the
   * process figures. Each ratio is taken within each sweep and the median over the sweeps is
   * reported: a spell of load from elsewhere on a shared machine then falls into one sweep's
   * figures, not into one side of every ratio.
   *
   * @throws IllegalArgumentException when a JSON text is not a JMH result
   */
  public static Ratios parse(List<String> jmhJsons, String processTsv) {
    List<Map<String, Score>> sweeps = new ArrayList<>();
    for (String json : jmhJsons) {
      sweeps.add(JmhResult.scores(json));
    }
    Map<String, String> process = new LinkedHashMap<>();
    for (String line : processTsv.split("\n")) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        process.put(line.substring(0, tab), line.substring(tab + 1).trim());
      }
    }
    return new Ratios(sweeps, process);
  }

  /** The median over the sweeps that measured {@code key}, figure by figure. */
  private Score merged(String key) {
    List<Score> found = new ArrayList<>();
    for (Map<String, Score> sweep : sweeps) {
      if (sweep.containsKey(key)) {
        found.add(sweep.get(key));
      }
    }
    return new Score(
        median(found.stream().mapToDouble(x -> x.micros).toArray()),
        median(found.stream().mapToDouble(x -> x.p50).toArray()),
        median(found.stream().mapToDouble(x -> x.p99).toArray()),
        median(found.stream().mapToDouble(x -> x.bytesPerOp).toArray()),
        median(found.stream().mapToDouble(x -> x.drift).toArray()));
  }

  /** The median; NaN when there is nothing or a value is NaN (a figure JMH did not give). */
  static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] v = values.clone();
    Arrays.sort(v);
    if (Double.isNaN(v[v.length - 1])) {
      return Double.NaN;
    }
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  /** The data sets measured by the codec benchmark, in the order of the result. */
  List<String> dataSets() {
    return dataSets(CODEC);
  }

  /** The data sets measured by one benchmark class ({@code "CodecBenchmark."}), in order. */
  private List<String> dataSets(String benchmark) {
    List<String> sets = new ArrayList<>();
    for (String k : scores.keySet()) {
      if (k.startsWith(benchmark)) {
        String ds = k.substring(k.indexOf('/') + 1);
        if (!sets.contains(ds)) {
          sets.add(ds);
        }
      }
    }
    return sets;
  }

  /** The median when JMH sampled the times, else the average. */
  private static OptionalDouble micros(Score s) {
    return s == null
        ? OptionalDouble.empty()
        : OptionalDouble.of(Double.isNaN(s.p50) ? s.micros : s.p50);
  }

  /** A JMH figure of one sweep. */
  private static Function<Map<String, Score>, OptionalDouble> jmh(
      String benchmark, String dataSet) {
    return jmh(CODEC, benchmark, dataSet);
  }

  /** A JMH figure of one sweep, of a method of the given benchmark class. */
  private static Function<Map<String, Score>, OptionalDouble> jmh(
      String benchmarkClass, String method, String dataSet) {
    return sweep -> micros(sweep.get(JmhResult.key(benchmarkClass + method, dataSet)));
  }

  /**
   * The JDK's feature version the process figures were measured on ({@code jvm.feature}), 17 when
   * they do not say (figures of before issue 18).
   */
  int jdk() {
    String v = process.get("jvm.feature");
    return v == null ? 17 : Integer.parseInt(v);
  }

  /** A process figure: measured once, the same in every sweep. */
  private Function<Map<String, Score>, OptionalDouble> processFigure(String key) {
    String v = process.get(key);
    OptionalDouble d =
        v == null ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(v));
    return sweep -> d;
  }

  /**
   * Every ratio the inputs allow. {@code scalingSizes} maps {@code gen50k} and {@code gen500k} to
   * their text lengths, so the scaling ratio is per character; without them it assumes exactly 10×.
   */
  public List<Row> rows(Map<String, Integer> scalingSizes) {
    List<Row> rows = new ArrayList<>();
    for (String ds : dataSets()) {
      ratio(
          rows,
          "render-vs-json-write/" + ds,
          jmh("textWrite", ds),
          jmh("jsonWrite", ds),
          0.5,
          null);
    }
    for (String ds : dataSets()) {
      ratio(rows, "read-vs-json-read/" + ds, jmh("textRead", ds), jmh("jsonRead", ds), 1.0, null);
    }
    for (String ds : dataSets()) {
      ratio(
          rows, "validate-vs-json-read/" + ds, jmh("validate", ds), jmh("jsonRead", ds), 1.0, null);
    }
    ratio(
        rows,
        "cold-validate-vs-jvm",
        processFigure("cold.fiche.ms"),
        processFigure("cold.hello.ms"),
        jdk() >= AOT_CACHE_JDK ? 2.5 : 4.0,
        null);
    OptionalDouble wall = processFigure("batch.wall.ms").apply(Map.of());
    OptionalDouble files = processFigure("batch.files").apply(Map.of());
    if (wall.isPresent() && files.isPresent()) {
      OptionalDouble perFicheMicros =
          OptionalDouble.of(wall.getAsDouble() * 1000 / files.getAsDouble());
      ratio(
          rows,
          "batch-per-fiche-vs-single",
          sweep -> perFicheMicros,
          jmh("readAndValidate", "gen5k"),
          jdk() >= AOT_CACHE_JDK ? 3.0 : 4.0,
          null);
      // The same batch against itself run warm in one JVM with the command line's compiler: what is
      // start-up and warm-up, apart from C1's code being slower than the fully optimised code.
      ratio(
          rows,
          "batch-vs-warm-command-line",
          processFigure("batch.wall.ms"),
          processFigure("batch.warm.wall.ms"),
          Double.NaN,
          "diagnostic");
    }
    double sizeFactor =
        scalingSizes.containsKey("gen50k") && scalingSizes.containsKey("gen500k")
            ? (double) scalingSizes.get("gen500k") / scalingSizes.get("gen50k")
            : 10.0;
    for (String op : List.of("textWrite", "textRead", "validate", "jsonWrite", "jsonRead")) {
      Function<Map<String, Score>, OptionalDouble> small = jmh(op, "gen50k");
      Function<Map<String, Score>, OptionalDouble> linear =
          sweep -> {
            OptionalDouble d = small.apply(sweep);
            return d.isPresent() ? OptionalDouble.of(d.getAsDouble() * sizeFactor) : d;
          };
      // Jackson's own scaling is shown beside ours, without a target: nothing of ours is measured
      // there.
      boolean peer = op.startsWith("json");
      ratio(
          rows,
          "scaling-500k-vs-50k/" + op,
          jmh(op, "gen500k"),
          linear,
          peer ? Double.NaN : 1.3,
          peer ? "peer" : null);
    }
    // Word (.docx) beside the canonical text on the same documents, and our reader beside Apache
    // POI's text extraction (issue 17).
    for (String ds : dataSets(DOCX)) {
      ratio(
          rows,
          "docx-read-vs-text-read/" + ds,
          jmh(DOCX, "docxRead", ds),
          jmh(DOCX, "textRead", ds),
          8.0,
          null);
      ratio(
          rows,
          "docx-write-vs-text-write/" + ds,
          jmh(DOCX, "docxWrite", ds),
          jmh(DOCX, "textWrite", ds),
          8.0,
          null);
      ratio(
          rows,
          "docx-read-vs-poi/" + ds,
          jmh(DOCX, "docxRead", ds),
          jmh(DOCX, "poiRead", ds),
          0.2,
          null);
    }
    return rows;
  }

  /**
   * Adds the ratio {@code a / b}, taken in every sweep where both are measured, as the median of
   * the sweeps; nothing when no sweep has both.
   */
  private void ratio(
      List<Row> rows,
      String name,
      Function<Map<String, Score>, OptionalDouble> a,
      Function<Map<String, Score>, OptionalDouble> b,
      double target,
      String without) {
    List<Double> found = new ArrayList<>();
    // Process figures alone need no sweep: an empty one stands in when JMH gave none.
    for (Map<String, Score> sweep : sweeps.isEmpty() ? List.of(Map.<String, Score>of()) : sweeps) {
      OptionalDouble x = a.apply(sweep);
      OptionalDouble y = b.apply(sweep);
      if (x.isPresent() && y.isPresent() && y.getAsDouble() > 0) {
        found.add(x.getAsDouble() / y.getAsDouble());
      }
    }
    if (!found.isEmpty()) {
      double[] v = found.stream().mapToDouble(Double::doubleValue).toArray();
      Arrays.sort(v);
      rows.add(new Row(name, median(v), v[0], v[v.length - 1], target, without));
    }
  }

  /** The ratios as tab-separated lines with a header: name, ratio, target, result. */
  public static String tsv(List<Row> rows) {
    StringBuilder sb = new StringBuilder("name\tratio\ttarget\tresult\n");
    for (Row r : rows) {
      sb.append(r.name)
          .append('\t')
          .append(fmt(r.ratio, 3))
          .append('\t')
          .append(r.isPeer() ? "-" : fmt(r.target, 1))
          .append('\t')
          .append(r.result())
          .append('\n');
    }
    return sb.toString();
  }

  /** The ratios and the plain figures as Markdown tables. */
  public String markdown(List<Row> rows) {
    StringBuilder sb = new StringBuilder();
    boolean several = sweeps.size() > 1;
    sb.append(
        several
            ? "| ratio | measured (median of "
                + sweeps.size()
                + " sweeps) | lowest–highest | target | result |\n"
                + "|---|---:|---:|---:|---|\n"
            : "| ratio | measured | target | result |\n|---|---:|---:|---|\n");
    for (Row r : rows) {
      sb.append("| ").append(r.name).append(" | ").append(fmt(r.ratio, 2)).append(" | ");
      if (several) {
        sb.append(fmt(r.low, 2)).append("–").append(fmt(r.high, 2)).append(" | ");
      }
      sb.append(r.isPeer() ? "—" : "≤ " + fmt(r.target, 1))
          .append(" | ")
          .append(verdict(r))
          .append(" |\n");
    }
    List<String> unsteady = unsteady();
    if (!unsteady.isEmpty()) {
      sb.append("\nStill warming up when measured (first measured iteration over the last above ")
          .append(fmt(UNSTEADY_DRIFT, 1))
          .append("): ")
          .append(String.join(", ", unsteady))
          .append(". The ratios with these figures are not reliable: they need more warm-up.\n");
    }
    sb.append(
            "\nMedian time per operation (µs; the average when not sampled) and allocation per operation")
        .append(" (bytes, JMH gc profiler):\n\n");
    opTable(sb, CODEC);
    if (!dataSets(DOCX).isEmpty()) {
      sb.append("\nWord (.docx), `DocxBenchmark`:\n\n");
      opTable(sb, DOCX);
    }
    // The warm time of one ordinary fiche: the sampled CodecBenchmark methods on the project's
    // sample.
    StringBuilder warm = new StringBuilder();
    for (String[] op :
        new String[][] {{"read", "textRead"}, {"render", "textWrite"}, {"validate", "validate"}}) {
      Score s = scores.get(JmhResult.key(CODEC + op[1], "sample"));
      if (s != null && !Double.isNaN(s.p50)) {
        warm.append("| ")
            .append(op[0])
            .append("/sample | ")
            .append(fmt(s.p50, 1))
            .append(" | ")
            .append(fmt(s.p99, 1))
            .append(" | ")
            .append(
                Double.isNaN(s.bytesPerOp)
                    ? "–"
                    : String.format(Locale.ROOT, "%,.0f", s.bytesPerOp))
            .append(" |\n");
      }
    }
    if (warm.length() > 0) {
      sb.append(
              "\nWarm time per fiche (µs), sampled:\n\n| operation | median | p99 | B/op |\n|---|---:|---:|---:|\n")
          .append(warm);
    }
    if (!process.isEmpty()) {
      sb.append("\nProcess figures:\n\n| figure | value |\n|---|---:|\n");
      for (Map.Entry<String, String> e : process.entrySet()) {
        sb.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n");
      }
    }
    return sb.toString();
  }

  /**
   * The JMH figures whose drift (median over the sweeps) is above {@link #UNSTEADY_DRIFT}, as
   * "benchmark/dataSet (drift)", in the order of the results.
   */
  List<String> unsteady() {
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, Score> e : scores.entrySet()) {
      if (e.getValue().drift > UNSTEADY_DRIFT) {
        found.add(e.getKey() + " (" + fmt(e.getValue().drift, 2) + ")");
      }
    }
    return found;
  }

  /** The time and allocation of each method of one benchmark class, a row per data set. */
  private void opTable(StringBuilder sb, String benchmark) {
    List<String> ops = new ArrayList<>();
    for (String k : scores.keySet()) {
      String op = k.startsWith(benchmark) ? k.substring(benchmark.length(), k.indexOf('/')) : null;
      if (op != null && !ops.contains(op)) {
        ops.add(op);
      }
    }
    sb.append("| data set |");
    for (String op : ops) {
      sb.append(' ').append(op).append(" µs | ").append(op).append(" B/op |");
    }
    sb.append("\n|---|");
    sb.append("---:|".repeat(ops.size() * 2)).append('\n');
    for (String ds : dataSets(benchmark)) {
      sb.append("| ").append(ds).append(" |");
      for (String op : ops) {
        Score s = scores.get(JmhResult.key(benchmark + op, ds));
        sb.append(' ')
            .append(s == null ? "–" : fmt(Double.isNaN(s.p50) ? s.micros : s.p50, 1))
            .append(" | ")
            .append(
                s == null || Double.isNaN(s.bytesPerOp)
                    ? "–"
                    : String.format(Locale.ROOT, "%,.0f", s.bytesPerOp))
            .append(" |");
      }
      sb.append('\n');
    }
  }

  private static String verdict(Row r) {
    if (r.isPeer()) {
      return r.without + (r.without.equals("peer") ? " (Jackson)" : "") + ", no target";
    }
    return r.passes() ? "pass" : "**MISS**";
  }

  private static String fmt(double d, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", d);
  }

  /** Computes, prints and writes; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: Ratios JMH_JSON[,JMH_JSON...] PROCESS_TSV OUT_DIR");
      System.exit(2);
    }
    Path processFile = Path.of(args[1]);
    String processTsv =
        Files.exists(processFile) ? Files.readString(processFile, StandardCharsets.UTF_8) : "";
    List<String> jsons = new ArrayList<>();
    for (String f : args[0].split(",")) {
      jsons.add(Files.readString(Path.of(f), StandardCharsets.UTF_8));
    }
    Ratios ratios = parse(jsons, processTsv);
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (String ds : List.of("gen50k", "gen500k")) {
      sizes.put(ds, DataSet.named(ds).text().length());
    }
    List<Row> rows = ratios.rows(sizes);
    Path out = Path.of(args[2]);
    Files.createDirectories(out);
    Files.writeString(out.resolve("ratios.tsv"), tsv(rows), StandardCharsets.UTF_8);
    String md = ratios.markdown(rows);
    Files.writeString(out.resolve("results.md"), md, StandardCharsets.UTF_8);
    System.out.print(md);
  }
}
