package nl.bncfiche.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.FicheGenerator;
import nl.bncfiche.testing.VoorbeeldFiches;

/**
 * The process-level measurements of the targets in docs/performance.md, each in new JVMs: {@code
 * ./fiche validate} of one fiche against a JVM printing hello, the first validation inside a new
 * JVM, and one {@code ./fiche validate} of a directory of generated fiches with a small fixed heap,
 * and the same directory validated warm, over and over in one JVM with the command line's compiler.
 * Writes {@code key\tvalue} lines for {@link Ratios}.
 *
 * <p>Usage: {@code ProcessTimings REPO_ROOT RUNS BATCH_FILES OUT_TSV}. The hello and
 * first-validation JVMs use this class's own class path and plain {@code java}; the command line
 * runs through the repository's {@code ./fiche} script, as a user runs it.
 */
public final class ProcessTimings {
  /** The heap the batch runs in: small, so a batch that holds every fiche would fail. */
  public static final String BATCH_HEAP = "-Xmx96m";

  /**
   * The compiler the {@code ./fiche} script runs the command line with (C1 only), for the warm
   * figure of the batch; {@code ProcessTimingsTest} checks that the script still says so.
   */
  static final String CLI_COMPILER = "-XX:TieredStopAtLevel=1";

  /** Rounds of the warm batch; the later half is measured. */
  private static final int WARM_ROUNDS = 10;

  private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
  private static final Pattern MAX_RSS =
      Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

  private final Path repo;
  private final Path work;
  private final String java;
  private final String classPath;

  private ProcessTimings(Path repo, Path work) {
    this.repo = repo;
    this.work = work;
    this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    this.classPath = System.getProperty("java.class.path");
  }

  /** Measures and writes the figures; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: ProcessTimings REPO_ROOT RUNS BATCH_FILES OUT_TSV");
      System.exit(2);
    }
    Path repo = Path.of(args[0]).toAbsolutePath();
    int runs = Integer.parseInt(args[1]);
    int batchFiles = Integer.parseInt(args[2]);
    Path out = Path.of(args[3]).toAbsolutePath();
    ProcessTimings t = new ProcessTimings(repo, out.getParent());
    Map<String, String> figures = new LinkedHashMap<>();
    // The targets of the cold start and the batch depend on the JDK (Ratios.AOT_CACHE_JDK).
    figures.put("jvm.feature", Integer.toString(Runtime.version().feature()));
    t.cold(runs, figures);
    t.firstValidation(runs, figures);
    // At least three batches, so that the median is not one run's luck on a shared machine.
    t.batch(batchFiles, Math.max(3, runs / 3), figures);
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> e : figures.entrySet()) {
        w.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    }
  }

  private void cold(int runs, Map<String, String> figures) throws IOException {
    Path dir = work.resolve("cold");
    Files.createDirectories(dir);
    Path one = dir.resolve("one.txt");
    Files.writeString(
        one, TextWriter.create().write(VoorbeeldFiches.wetgeving()), StandardCharsets.UTF_8);
    List<String> fiche = List.of(repo.resolve("fiche").toString(), "validate", one.toString());
    List<String> hello = List.of(java, "-cp", classPath, Hello.class.getName());
    // once each before timing: ./fiche may build its jar or write its class-data archive on first
    // use
    run(fiche, Map.of());
    run(hello, Map.of());
    figures.put("launcher.cache", launcherCache());
    double[] f = new double[runs];
    double[] h = new double[runs];
    for (int i = 0; i < runs; i++) {
      // interleaved, so a noisy neighbour hurts both sides alike
      f[i] = run(fiche, Map.of()).millis;
      h[i] = run(hello, Map.of()).millis;
    }
    figures.put("cold.fiche.ms", fmt(Ratios.median(f)));
    figures.put("cold.hello.ms", fmt(Ratios.median(h)));
    figures.put("cold.runs", Integer.toString(runs));
  }

  /**
   * What the launcher made to start faster with, for this JDK: its ahead-of-time cache (JDK 25 and
   * later: {@code fiche-cli-all-<version>-<bytes>.aot}) or class-data archive ({@code
   * fiche-cli-all-<bytes>.jsa}), or {@code none}.
   */
  private String launcherCache() throws IOException {
    Path target = repo.resolve("fiche-cli").resolve("target");
    String version = Runtime.version().toString();
    String aot = "fiche-cli-all-" + version.replaceAll("[+-].*", "") + "-";
    try (var files = Files.list(target)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(
              n ->
                  Runtime.version().feature() >= Ratios.AOT_CACHE_JDK
                      ? n.startsWith(aot) && n.endsWith(".aot")
                      : n.matches("fiche-cli-all-[0-9]+\\.jsa"))
          .findFirst()
          .orElse("none");
    }
  }

  private void firstValidation(int runs, Map<String, String> figures) {
    List<String> cmd = List.of(java, "-cp", classPath, FirstValidation.class.getName());
    double[] first = new double[runs];
    double[] second = new double[runs];
    for (int i = 0; i < runs; i++) {
      String[] parts = run(cmd, Map.of()).stdout.trim().split(" ");
      first[i] = Double.parseDouble(parts[0]);
      second[i] = Double.parseDouble(parts[1]);
    }
    figures.put("first.validation.ms", fmt(Ratios.median(first)));
    figures.put("second.validation.ms", fmt(Ratios.median(second)));
  }

  private void batch(int files, int runs, Map<String, String> figures) throws IOException {
    Path dir = work.resolve("batch");
    writeBatch(dir, files);
    Path gcLog = work.resolve("batch-gc.log");
    List<String> cmd = new ArrayList<>();
    boolean timeV = Files.isExecutable(Path.of("/usr/bin/time"));
    if (timeV) {
      cmd.addAll(List.of("/usr/bin/time", "-v"));
    }
    cmd.addAll(List.of(repo.resolve("fiche").toString(), "validate", dir.toString()));
    // JDK_JAVA_OPTIONS adds to ./fiche's own flags instead of replacing them
    Map<String, String> env = Map.of("JDK_JAVA_OPTIONS", BATCH_HEAP + " -Xlog:gc:file=" + gcLog);
    double[] wall = new double[runs];
    String stderr = "";
    for (int i = 0; i < runs; i++) {
      Result r = run(cmd, env);
      wall[i] = r.millis;
      stderr = r.stderr;
    }
    int afterMax = 0;
    int beforeMax = 0;
    for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
      Matcher m = GC_LINE.matcher(line);
      if (m.find()) {
        beforeMax = Math.max(beforeMax, Integer.parseInt(m.group(1)));
        afterMax = Math.max(afterMax, Integer.parseInt(m.group(2)));
      }
    }
    figures.put("batch.files", Integer.toString(files));
    figures.put("batch.wall.ms", fmt(Ratios.median(wall)));
    List<String> warm =
        List.of(
            java,
            CLI_COMPILER,
            "-XX:+UseSerialGC",
            BATCH_HEAP,
            "-cp",
            classPath,
            WarmBatch.class.getName(),
            dir.toString(),
            Integer.toString(WARM_ROUNDS));
    figures.put("batch.warm.wall.ms", run(warm, Map.of()).stdout.trim());
    figures.put("batch.heap", BATCH_HEAP);
    figures.put("batch.heap.before.gc.max.mb", Integer.toString(beforeMax));
    figures.put("batch.heap.after.gc.max.mb", Integer.toString(afterMax));
    Matcher rss = MAX_RSS.matcher(stderr);
    if (timeV && rss.find()) {
      figures.put("batch.max.rss.mb", fmt(Long.parseLong(rss.group(1)) / 1024.0));
    }
  }

  /**
   * Generated fiches of about 5 KB each, the size of the {@code gen5k} data set they are compared
   * to.
   */
  private static void writeBatch(Path dir, int files) throws IOException {
    Files.createDirectories(dir);
    TextWriter writer = TextWriter.create();
    for (int i = 0; i < files; i++) {
      Path f = dir.resolve(String.format(Locale.ROOT, "fiche-%05d.txt", i));
      if (!Files.exists(f)) {
        String text = writer.write(FicheGenerator.withSeed(DataSet.SEED + i).largeDocument(5_000));
        Files.writeString(f, text, StandardCharsets.UTF_8);
      }
    }
  }

  private Result run(List<String> cmd, Map<String, String> env) {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(repo.toFile());
    pb.environment().remove("JDK_JAVA_OPTIONS");
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.environment().putAll(env);
    try {
      Path outFile = Files.createTempFile(work, "out", ".txt");
      Path errFile = Files.createTempFile(work, "err", ".txt");
      pb.redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
      long t0 = System.nanoTime();
      Process p = pb.start();
      int code = p.waitFor();
      long t1 = System.nanoTime();
      String stdout = Files.readString(outFile, StandardCharsets.UTF_8);
      String stderr = Files.readString(errFile, StandardCharsets.UTF_8);
      Files.delete(outFile);
      Files.delete(errFile);
      if (code != 0) {
        throw new IllegalStateException(
            "exit " + code + " from " + String.join(" ", cmd) + "\n" + stdout + stderr);
      }
      return new Result((t1 - t0) / 1e6, stdout, stderr);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  private static final class Result {
    final double millis;
    final String stdout;
    final String stderr;

    Result(double millis, String stdout, String stderr) {
      this.millis = millis;
      this.stderr = stderr;
      this.stdout = stdout;
    }
  }
}
