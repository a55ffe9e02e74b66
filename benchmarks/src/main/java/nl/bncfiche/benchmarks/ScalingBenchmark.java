package nl.bncfiche.benchmarks;

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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every reader, writer and the validator on each {@link HostileFamily} at its base size n and at
 * 4n: {@link ScalingSuite} divides the two and requires a ratio of at most 5 (linear is 4).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
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

  /** Builds the family's fiche at its size in every form. */
  @Setup(Level.Trial)
  public void setUp() {
    HostileFamily f = HostileFamily.named(family);
    int size = f.n() * scale;
    document = f.document(size);
    text = f.text(size);
    json = f.json(size);
  }

  /** The model from text. */
  @Benchmark
  public KamerstukDocument textRead() {
    return TextReader.create().read(text).getDocument();
  }

  /** Canonical text. */
  @Benchmark
  public String textWrite() {
    return TextWriter.create().write(document);
  }

  /** Markdown. */
  @Benchmark
  public String markdownWrite() {
    return MarkdownWriter.create().write(document);
  }

  /** HTML. */
  @Benchmark
  public String htmlWrite() {
    return HtmlWriter.create().write(document);
  }

  /** The model from JSON. */
  @Benchmark
  public KamerstukDocument jsonRead() {
    return HostileFamily.JSON.read(json);
  }

  /** JSON. */
  @Benchmark
  public String jsonWrite() {
    return HostileFamily.JSON.write(document);
  }

  /** Every rule of the DEFINITIEF profile. */
  @Benchmark
  public ValidationReport validate() {
    return validator.validate(document, Profile.DEFINITIEF);
  }
}
