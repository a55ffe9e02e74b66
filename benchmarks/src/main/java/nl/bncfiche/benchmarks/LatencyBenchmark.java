package nl.bncfiche.benchmarks;

import java.util.concurrent.TimeUnit;
import nl.bncfiche.model.KamerstukDocument;
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
 * Warm time per fiche as a distribution (median and p99), for the plain figures of issue 7: one
 * fiche of ordinary size, validated, rendered and read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LatencyBenchmark {
  /** The data set; see {@link DataSet#named(String)}. */
  @Param({"sample"})
  public String dataSet;

  private final TextWriter writer = TextWriter.create();
  private final TextReader reader = TextReader.create();
  private final FicheValidator validator = FicheValidator.create();

  private KamerstukDocument document;
  private String text;

  /** Builds the data set. */
  @Setup(Level.Trial)
  public void setUp() {
    DataSet data = DataSet.named(dataSet);
    document = data.document();
    text = data.text();
  }

  /** Every rule of the DEFINITIEF profile. */
  @Benchmark
  public ValidationReport validate() {
    return validator.validate(document, Profile.DEFINITIEF);
  }

  /** Canonical text. */
  @Benchmark
  public String render() {
    return writer.write(document);
  }

  /** Reading the canonical text. */
  @Benchmark
  public KamerstukDocument read() {
    return reader.read(text).getDocument();
  }
}
