package nl.bncfiche.benchmarks;

import java.util.concurrent.TimeUnit;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.json.FicheJson;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The library's canonical text and validation next to its Jackson binding on the same fiche: every
 * target ratio that one JVM can measure comes from these methods, in one run, on the same data.
 *
 * <p>Sampled time per operation; the ratios divide the medians of two methods of one data set: on a
 * machine shared with other work, a median shrugs off the operations that were descheduled, where
 * an average does not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
// Twelve seconds of warm-up: on two cores the optimising compiler takes about that long over the
// reader's code (measured: textRead on gen5k at 72 µs after three, 35 µs from the eighth on).
// Ratios names any figure that was still drifting when measured.
@Warmup(iterations = 12, time = 1)
@Measurement(iterations = 5, time = 1)
public class CodecBenchmark {
  /** The data set; see {@link DataSet#named(String)}. */
  @Param({"corpus", "sample", "gen5k", "gen50k", "gen500k"})
  public String dataSet;

  private final TextWriter writer = TextWriter.create();
  private final TextReader reader = TextReader.create();
  private final FicheJson json = FicheJson.create();
  private final FicheValidator validator = FicheValidator.create();

  private KamerstukDocument document;
  private String text;
  private String jsonText;

  /** Builds the data set; a missing corpus fails this data set only (JMH goes on with the next). */
  @Setup(Level.Trial)
  public void setUp() {
    DataSet data = DataSet.named(dataSet);
    document = data.document();
    text = data.text();
    jsonText = data.json();
  }

  /** Canonical text of the model. */
  @Benchmark
  public String textWrite() {
    return writer.write(document);
  }

  /** JSON of the model: the peer of {@link #textWrite()}. */
  @Benchmark
  public String jsonWrite() {
    return json.write(document);
  }

  /** The model from its canonical text, with the source map the reader builds. */
  @Benchmark
  public KamerstukDocument textRead() {
    return reader.read(text).getDocument();
  }

  /** The model from its JSON: the peer of {@link #textRead()} and {@link #validate()}. */
  @Benchmark
  public KamerstukDocument jsonRead() {
    return json.read(jsonText);
  }

  /** Every rule of the DEFINITIEF profile on the model. */
  @Benchmark
  public ValidationReport validate() {
    return validator.validate(document, Profile.DEFINITIEF);
  }

  /** What the command line does per text file after reading it: read, then validate. */
  @Benchmark
  // Reader and rules together are the most code to compile: 92 µs after ten seconds, 59 from the
  // twelfth on.
  @Warmup(iterations = 16, time = 1)
  public ValidationReport readAndValidate() {
    return validator.validate(reader.read(text).getDocument(), Profile.DEFINITIEF);
  }
}
