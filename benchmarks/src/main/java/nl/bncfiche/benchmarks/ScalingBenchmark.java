package nl.bncfiche.benchmarks;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.rendering.html.HtmlWriter;
import nl.bncfiche.rendering.markdown.MarkdownWriter;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.validation.FicheValidator;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Every reader, writer and the validator on each {@link HostileFamily} at its base size n and at
 * 4n: {@link ScalingSuite} divides the two and requires a ratio of at most 5 (linear is 4).
 *
 * <p>With the system property {@value #GC_FILE} naming a file, each run appends to it the
 * collections' time and count per operation over its measurement iterations ({@link GcLine}), so
 * that the suite can tell the work's own growth from the collector's.
 *
 * <p>The fork's heap is sized for the largest input it holds, as a service that takes documents of
 * 20 MB would be: 4 GB with a young generation fixed at 1 GB, which holds one operation's garbage
 * at 4n (up to 110 MB). In a 1 GB heap G1 shrank the young generation under the inputs and models
 * kept live, so that an operation at 4n spanned several collections, each copying the model it was
 * building: the collector's time per operation then grows with the square of the size up to the
 * point where each operation spans many collections (measured in docs/performance.md, "The scaling
 * suite"), which tells nothing of our code's growth.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-Xmn1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
public class ScalingBenchmark {
  /** The family, by its name in lower case. */
  @Param({"marks", "footnotes", "references", "values", "nesting"})
  public String family;

  /** The size as a multiple of the family's base size: 1 or 4. */
  @Param({"1", "4"})
  public int scale;

  private final FicheValidator validator = FicheValidator.create();
  private KamerstukDocument document;
  private String text;
  private String json;

  /** The operations called, for the collections' share of each. */
  private long operations;

  private long iterationOperations;
  private long iterationGcMillis;
  private long iterationGcCount;
  private long measuredOperations;
  private long measuredGcMillis;
  private long measuredGcCount;

  /** The system property naming the file the collections' time per operation is appended to. */
  public static final String GC_FILE = "scaling.gc";

  /** Builds the family's fiche at its size in every form. */
  @Setup(Level.Trial)
  public void setUp() {
    HostileFamily f = HostileFamily.named(family);
    int size = f.n() * scale;
    document = f.document(size);
    text = f.text(size);
    json = f.json(size);
  }

  /** Notes the collections so far, at the start of an iteration. */
  @Setup(Level.Iteration)
  public void iterationStart() {
    iterationOperations = operations;
    iterationGcMillis = gcMillis();
    iterationGcCount = gcCount();
  }

  /** Adds a measurement iteration's collections and operations. */
  @TearDown(Level.Iteration)
  public void iterationEnd(IterationParams iteration) {
    if (iteration.getType() == IterationType.MEASUREMENT) {
      measuredOperations += operations - iterationOperations;
      measuredGcMillis += gcMillis() - iterationGcMillis;
      measuredGcCount += gcCount() - iterationGcCount;
    }
  }

  /** Appends the collections per operation to the file {@value #GC_FILE} names, if any. */
  @TearDown(Level.Trial)
  public void report(BenchmarkParams benchmark) throws IOException {
    String file = System.getProperty(GC_FILE);
    if (file == null || measuredOperations == 0) {
      return;
    }
    String name = benchmark.getBenchmark();
    String line =
        new GcLine(
                name.substring(name.lastIndexOf('.') + 1),
                family,
                scale,
                measuredOperations,
                (double) measuredGcMillis / measuredOperations,
                (double) measuredGcCount / measuredOperations)
            .format();
    Files.writeString(
        Path.of(file),
        line + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  /** The model from text. */
  @Benchmark
  public KamerstukDocument textRead() {
    operations++;
    return TextReader.create().read(text).getDocument();
  }

  /** Canonical text. */
  @Benchmark
  public String textWrite() {
    operations++;
    return TextWriter.create().write(document);
  }

  /** Markdown. */
  @Benchmark
  public String markdownWrite() {
    operations++;
    return MarkdownWriter.create().write(document);
  }

  /** HTML. */
  @Benchmark
  public String htmlWrite() {
    operations++;
    return HtmlWriter.create().write(document);
  }

  /** The model from JSON. */
  @Benchmark
  public KamerstukDocument jsonRead() {
    operations++;
    return HostileFamily.JSON.read(json);
  }

  /** JSON. */
  @Benchmark
  public String jsonWrite() {
    operations++;
    return HostileFamily.JSON.write(document);
  }

  /** Every rule of the DEFINITIEF profile. */
  @Benchmark
  public ValidationReport validate() {
    operations++;
    return validator.validate(document, Profile.DEFINITIEF);
  }

  /** The collections' time in milliseconds, of every collector, since the JVM started. */
  static long gcMillis() {
    long t = 0;
    for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
      t += Math.max(0, b.getCollectionTime());
    }
    return t;
  }

  /** The collections, of every collector, since the JVM started. */
  static long gcCount() {
    long n = 0;
    for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
      n += Math.max(0, b.getCollectionCount());
    }
    return n;
  }

  /**
   * One run's collections: the mean time in milliseconds and number of collections per operation
   * over its measurement iterations; a line of tab-separated fields in the {@value #GC_FILE} file.
   */
  record GcLine(
      String operation,
      String family,
      int scale,
      long operations,
      double millisPerOperation,
      double collectionsPerOperation) {
    String format() {
      return String.join(
          "\t",
          operation,
          family,
          Integer.toString(scale),
          Long.toString(operations),
          String.format(Locale.ROOT, "%.4f", millisPerOperation),
          String.format(Locale.ROOT, "%.4f", collectionsPerOperation));
    }

    static GcLine parse(String line) {
      String[] f = line.split("\t", -1);
      if (f.length != 6) {
        throw new IllegalArgumentException("not a line of collections: " + line);
      }
      return new GcLine(
          f[0],
          f[1],
          Integer.parseInt(f[2]),
          Long.parseLong(f[3]),
          Double.parseDouble(f[4]),
          Double.parseDouble(f[5]));
    }
  }
}
