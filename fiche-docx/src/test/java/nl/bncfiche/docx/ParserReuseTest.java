package nl.bncfiche.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.rendering.text.FicheReadException;
import nl.bncfiche.rendering.text.ReadResult;
import nl.bncfiche.testing.FicheGenerator;
import org.junit.jupiter.api.Test;

/**
 * The reader keeps a thread's table of XML names from part to part and document to document: a part
 * that broke off in the middle, a refused DTD or too deep a nesting leaves nothing behind for the
 * next read, and many megabytes read on one thread (far more names and text than the table keeps)
 * read alike.
 */
class ParserReuseTest {
  private final DocxReader reader = DocxReader.create();

  private static String documentXml(int paragraphs, Random random) {
    StringBuilder body = new StringBuilder(TestDocx.p("", "Fiche: Een titel"));
    for (int i = 0; i < paragraphs; i++) {
      body.append(TestDocx.p("", "woord" + random.nextInt(1000) + " en nog wat"));
    }
    return TestDocx.document(body.toString());
  }

  @Test
  void aBrokenPartLeavesNothingBehindForTheNextRead() {
    KamerstukDocument d = FicheGenerator.withSeed(5).validDocument();
    byte[] good = DocxWriter.create().write(d);
    ReadResult expected = reader.read(good);
    assertThat(expected.getDocument()).isEqualTo(d);
    Random random = new Random(5);
    String whole = documentXml(30, random);
    List<String> broken =
        List.of(
            whole.substring(0, whole.length() / 2),
            "<!DOCTYPE x [<!ENTITY e \"y\">]>" + whole,
            TestDocx.document("<w:p>" + "<w:r>".repeat(300) + "</w:p>"),
            whole.replace("</w:body>", "</w:bodyy>"),
            "\uFEFF<<");
    for (int round = 0; round < 4; round++) {
      for (String xml : broken) {
        byte[] bad = new TestDocx().part("word/document.xml", xml).bytes();
        assertThatThrownBy(() -> reader.read(bad)).isInstanceOf(FicheReadException.class);
        ReadResult again = reader.read(good);
        assertThat(again.getDocument()).isEqualTo(expected.getDocument());
        assertThat(again.getWarnings()).isEqualTo(expected.getWarnings());
        assertThat(again.getSourceMap().asMap()).isEqualTo(expected.getSourceMap().asMap());
      }
    }
  }

  @Test
  void manyMegabytesOnOneThreadReadAlike() {
    Random random = new Random(11);
    // Bulk for the parser that leaves the text reader little to do: a comment of 2 MiB, random
    // letters, which the zip cannot squeeze like a bomb.
    StringBuilder bulk = new StringBuilder(2 << 20);
    for (int i = 0; i < 2 << 20; i++) {
      bulk.append((char) ('a' + random.nextInt(26)));
    }
    String xml = documentXml(30, random).replace("<w:body>", "<w:body><!--" + bulk + "-->");
    byte[] large = new TestDocx().part("word/document.xml", xml).bytes();
    ReadResult first = reader.read(large);
    assertThat(first.getDocument().getFiches()).hasSize(1);
    long read = 0;
    while (read < 20L << 20) {
      ReadResult again = reader.read(large);
      assertThat(again.getDocument()).isEqualTo(first.getDocument());
      read += large.length;
    }
  }
}
