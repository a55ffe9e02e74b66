package nl.bncfiche.rendering.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import nl.bncfiche.model.EssentieVoorstel;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.Voetnoot;
import nl.bncfiche.model.fixture.SampleDocuments;
import nl.bncfiche.rendering.html.HtmlWriter;
import nl.bncfiche.rendering.markdown.MarkdownWriter;
import org.junit.jupiter.api.Test;

/** The canonical text of our own complete sample, against its golden file, and the form's rules. */
class TextWriterTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/volledig.txt");

  @Test
  void theSampleDocumentIsWrittenAsItsGoldenFile() throws IOException {
    String text = TextWriter.create().write(SampleDocuments.volledig());
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, text, StandardCharsets.UTF_8);
    }
    assertThat(text).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void olderGenerationsAreWrittenWithTheirOwnLabels() throws IOException {
    KamerstukDocument sample = SampleDocuments.volledig();
    for (String[] variant : new String[][] {{"G2007", "WETGEVING"}, {"G2013", "MEDEDELING"}}) {
      KamerstukDocument doc =
          KamerstukDocument.builder()
              .from(sample)
              .fiches(
                  java.util.List.of(
                      nl.bncfiche.model.ImmutableFiche.copyOf(sample.getFiches().get(0))
                          .withGeneratie(nl.bncfiche.model.Generatie.valueOf(variant[0]))
                          .withSjabloon(nl.bncfiche.model.Sjabloon.valueOf(variant[1]))))
              .build();
      String text = TextWriter.create().write(doc);
      Path golden =
          Path.of("src/test/resources/golden/volledig-" + variant[0] + "-" + variant[1] + ".txt");
      if (Boolean.getBoolean("golden.update")) {
        Files.writeString(golden, text, StandardCharsets.UTF_8);
      }
      assertThat(text).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
  }

  @Test
  void theOutputIsCanonical() {
    KamerstukDocument doc = SampleDocuments.volledig();
    String text = TextWriter.create().write(doc);
    assertThat(text).doesNotContain("\r").endsWith("\n").doesNotContain("\n\n\n");
    assertThat(text.lines()).allSatisfy(l -> assertThat(l).isEqualTo(l.stripTrailing()));
    assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    assertThat(TextWriter.create().write(doc)).isEqualTo(text);
    StringWriter w = new StringWriter();
    TextWriter.create().write(doc, w);
    assertThat(w.toString()).isEqualTo(text);
  }

  @Test
  void everyWriterWritesALoneSurrogateAsAReplacementCharacter() {
    Fiche f =
        Fiche.builder()
            .titel("a\ud83d b \ud83d\ude00")
            .essentie(
                EssentieVoorstel.builder()
                    .inhoud(Tekst.of("\ude00c", "d\ud83d", "\ude00\ud83d\ude00\ud83d"))
                    .build())
            .addVoetnoot(Voetnoot.of(1, "e\udbff"))
            .build();
    for (String out :
        new String[] {
          TextWriter.create().write(f),
          HtmlWriter.create().write(f),
          MarkdownWriter.create().write(f)
        }) {
      assertThat(out)
          .contains("a\ufffd b \ud83d\ude00")
          .contains("\ufffdc")
          .contains("d\ufffd")
          .contains("\ufffd\ud83d\ude00\ufffd")
          .contains("e\ufffd");
      assertThat(out.replace("\ud83d\ude00", "")).doesNotContain("\ud83d").doesNotContain("\ude00");
    }
    Fiche read =
        TextReader.create().read(TextWriter.create().write(f)).getDocument().getFiches().get(0);
    assertThat(read.getTitel()).isEqualTo("a\ufffd b \ud83d\ude00");
  }

  @Test
  void aFicheAloneStartsWithItsTitle() {
    String text = TextWriter.create().write(SampleDocuments.volledig().getFiches().get(0));
    assertThat(text)
        .startsWith(
            "Fiche: Verordening proefregels voor digitale vrachtbrieven\n\n1. Algemene gegevens\n");
  }
}
