package nl.bncfiche.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.fixture.SampleDocuments;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.rendering.text.ReadResult;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.FicheGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** read(write(d)) equals d, and writing is deterministic, for generated and hand-made documents. */
class DocxRoundTripTest {
  static void assertRoundTrip(KamerstukDocument doc) {
    byte[] docx = DocxWriter.create().write(doc);
    ReadResult read = DocxReader.create().read(docx);
    FicheJson json = FicheJson.create();
    assertThat(json.write(read.getDocument())).isEqualTo(json.write(doc));
    assertThat(read.getDocument()).isEqualTo(doc);
    assertThat(read.getWarnings()).isEmpty();
    assertThat(DocxWriter.create().write(read.getDocument())).isEqualTo(docx);
  }

  static LongStream seeds() {
    return LongStream.range(0, 150);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aGeneratedDocumentReadsBackEqual(long seed) {
    assertRoundTrip(FicheGenerator.withSeed(seed).validDocument());
  }

  @Test
  void everyTemplateAndGeneration() {
    long seed = 1000;
    for (Sjabloon s : Sjabloon.values()) {
      for (Generatie g : Generatie.values()) {
        assertRoundTrip(FicheGenerator.withSeed(seed++).validDocument(s, g));
      }
    }
  }

  @Test
  void theSampleDocument() {
    assertRoundTrip(SampleDocuments.volledig());
  }

  @Test
  void aLargeDocument() {
    assertRoundTrip(FicheGenerator.withSeed(5).largeDocument(200_000));
  }

  /**
   * A document that breaks a rule need not be canonical (its text may not read back equal either):
   * from Word it reads as its canonical text reads.
   */
  @Test
  void aRuleBreakingDocumentReadsAsItsText() {
    long seed = 0;
    FicheJson json = FicheJson.create();
    for (String rule : FicheGenerator.violableRuleIds()) {
      KamerstukDocument doc = FicheGenerator.withSeed(seed++).violating(rule);
      ReadResult fromText = TextReader.create().read(TextWriter.create().write(doc));
      ReadResult fromWord = DocxReader.create().read(DocxWriter.create().write(doc));
      assertThat(json.write(fromWord.getDocument()))
          .as(rule)
          .isEqualTo(json.write(fromText.getDocument()));
      assertThat(fromWord.getWarnings()).as(rule).hasSameSizeAs(fromText.getWarnings());
    }
  }
}
