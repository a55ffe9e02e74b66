package nl.bncfiche.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import nl.bncfiche.docx.DocxReader;
import nl.bncfiche.docx.DocxWriter;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.rendering.text.TextWriter;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
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
 * Word (.docx) next to the canonical text on the same documents (issue 17, part 6): docx read and
 * write against text read and write, and our reader against Apache POI's {@code XWPFDocument}
 * opening the same file and extracting its paragraphs' text. Sampled time per operation, ratios of
 * medians, as {@link CodecBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
// As long a warm-up as CodecBenchmark's, for the same reason.
@Warmup(iterations = 12, time = 1)
@Measurement(iterations = 5, time = 1)
public class DocxBenchmark {
  /** The data set; see {@link DataSet#named(String)}. */
  @Param({"sample", "gen50k"})
  public String dataSet;

  private final TextWriter textWriter = TextWriter.create();
  private final TextReader textReader = TextReader.create();
  private final DocxWriter docxWriter = DocxWriter.create();
  private final DocxReader docxReader = DocxReader.create();

  private KamerstukDocument document;
  private String text;
  private byte[] docx;

  /** Builds the data set and its .docx. */
  @Setup(Level.Trial)
  public void setUp() {
    DataSet data = DataSet.named(dataSet);
    document = data.document();
    text = data.text();
    docx = docxWriter.write(document);
  }

  /** Canonical text of the model. */
  @Benchmark
  public String textWrite() {
    return textWriter.write(document);
  }

  /** The .docx of the model: the peer is {@link #textWrite()}. */
  @Benchmark
  public byte[] docxWrite() {
    return docxWriter.write(document);
  }

  /** The model from its canonical text. */
  @Benchmark
  public KamerstukDocument textRead() {
    return textReader.read(text).getDocument();
  }

  /** The model from its .docx: the peer is {@link #textRead()}. */
  @Benchmark
  public KamerstukDocument docxRead() {
    return docxReader.read(docx).getDocument();
  }

  /** Apache POI opening the same .docx and extracting its paragraphs' text: less than we do. */
  @Benchmark
  public int poiRead() {
    try (XWPFDocument poi = new XWPFDocument(new ByteArrayInputStream(docx))) {
      int chars = 0;
      for (XWPFParagraph p : poi.getParagraphs()) {
        chars += p.getText().length();
      }
      return chars;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
