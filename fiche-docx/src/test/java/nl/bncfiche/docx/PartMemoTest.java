package nl.bncfiche.docx;

import static nl.bncfiche.docx.TestDocx.num;
import static nl.bncfiche.docx.TestDocx.p;
import static nl.bncfiche.docx.TestDocx.style;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.bncfiche.rendering.text.FicheReadException;
import nl.bncfiche.rendering.text.ReadResult;
import nl.bncfiche.rendering.text.TextWriter;
import org.junit.jupiter.api.Test;

/**
 * A thread keeps what it read from a document's boilerplate parts (styles, settings, relationships,
 * content types, comments) for the next document with the same parts: reading documents in any
 * order gives what each gives alone, and a kept part is never accepted where a stricter reader
 * would refuse it.
 */
class PartMemoTest {
  private static final String HEADINGS =
      "<w:style w:type=\"paragraph\" w:styleId=\"Kop1\"><w:name w:val=\"heading 1\"/></w:style>"
          + "<w:style w:type=\"paragraph\" w:styleId=\"Kop2\"><w:name w:val=\"heading 2\"/>"
          + "</w:style><w:style w:type=\"paragraph\" w:styleId=\"Lijst\"><w:name w:val=\"L\"/>"
          + "<w:pPr>"
          + num(1, 0)
          + "</w:pPr></w:style>";

  /** The same styles but "Lijst" numbers nothing: a document that reads otherwise. */
  private static final String NO_LIST =
      "<w:style w:type=\"paragraph\" w:styleId=\"Kop1\"><w:name w:val=\"heading 1\"/></w:style>"
          + "<w:style w:type=\"paragraph\" w:styleId=\"Kop2\"><w:name w:val=\"heading 2\"/>"
          + "</w:style><w:style w:type=\"paragraph\" w:styleId=\"Lijst\"><w:name w:val=\"L\"/>"
          + "</w:style>";

  private static final String NUMBERING =
      "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
          + "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
          + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";

  private static byte[] docx(String styles) {
    String body =
        p(style("Kop1"), "Fiche: Een titel")
            + p(style("Kop2") + num(1, 0), "Algemene gegevens")
            + p(style("Lijst"), "Een alinea.")
            + p(style("Lijst"), "Nog een alinea.");
    return TestDocx.body(body).styles(styles).numbering(NUMBERING).bytes();
  }

  private static String describe(ReadResult r) {
    return TextWriter.create().write(r.getDocument()) + r.getWarnings() + r.getSourceMap().asMap();
  }

  @Test
  void documentsReadInAnyOrderReadAsEachAlone() {
    List<byte[]> docs = List.of(docx(HEADINGS), docx(NO_LIST), docx(HEADINGS + " "));
    List<String> alone = new ArrayList<>();
    for (byte[] d : docs) {
      // a new thread: nothing kept from before
      String[] out = new String[1];
      Thread t = new Thread(() -> out[0] = describe(DocxReader.create().read(d)));
      t.start();
      try {
        t.join();
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
      alone.add(out[0]);
    }
    assertThat(alone.get(0)).isNotEqualTo(alone.get(1));
    DocxReader reader = DocxReader.create();
    for (int[] order : new int[][] {{0, 1, 0, 2, 1, 1, 2, 0}, {1, 0, 2, 2, 0, 1}}) {
      for (int i : order) {
        assertThat(describe(reader.read(docs.get(i)))).isEqualTo(alone.get(i));
      }
    }
  }

  @Test
  void aKeptPartIsStillRefusedByAStricterReader() {
    String deepStyles =
        "<w:style w:type=\"paragraph\" w:styleId=\"Kop1\"><w:name w:val=\"heading 1\"/>"
            + "<w:pPr><w:numPr><w:ilvl w:val=\"0\"/></w:numPr></w:pPr></w:style>";
    byte[] d = docx(deepStyles);
    DocxReader.create().read(d); // kept under the default depth
    DocxReader shallow = DocxReader.builder().maxDepth(4).build();
    assertThatThrownBy(() -> shallow.read(d))
        .isInstanceOf(FicheReadException.class)
        .hasMessageContaining("styles.xml");
    DocxReader.create().read(d);
    assertThatThrownBy(() -> shallow.read(d)).isInstanceOf(FicheReadException.class);
  }

  @Test
  void aBrokenPartAfterAKeptOneIsRefused() {
    DocxReader reader = DocxReader.create();
    byte[] good = docx(HEADINGS);
    ReadResult first = reader.read(good);
    byte[] broken = docx(HEADINGS + "<w:style>");
    assertThatThrownBy(() -> reader.read(broken))
        .isInstanceOf(FicheReadException.class)
        .hasMessageContaining("styles.xml");
    assertThat(describe(reader.read(good))).isEqualTo(describe(first));
  }
}
