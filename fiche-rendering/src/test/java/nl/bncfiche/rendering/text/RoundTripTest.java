package nl.bncfiche.rendering.text;

import static org.assertj.core.api.Assertions.assertThat;

import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.SampleDocuments;
import nl.bncfiche.model.json.FicheJson;
import org.junit.jupiter.api.Test;

/** read(write(f)) equals f, and writing is idempotent. */
class RoundTripTest {
  static void assertRoundTrip(KamerstukDocument doc) {
    String text = TextWriter.create().write(doc);
    ReadResult read = TextReader.create().read(text);
    FicheJson json = FicheJson.create();
    assertThat(json.write(read.getDocument())).as(text).isEqualTo(json.write(doc));
    assertThat(read.getDocument()).isEqualTo(doc);
    assertThat(read.getWarnings()).as(text).isEmpty();
    assertThat(TextWriter.create().write(read.getDocument())).isEqualTo(text);
  }

  @Test
  void theSampleDocumentReadsBackEqual() {
    assertRoundTrip(SampleDocuments.volledig());
  }
}
