package nl.bncfiche.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.rendering.text.ReadResult;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.rendering.text.TextWriter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Apache Tika 3.3.1, the newest 3.x, on the .docx we write: its plain text is no longer the seed's
 * "Word export" form. Tika 3.3 (TIKA-4657) writes a footnote's body as a paragraph of its own after
 * the paragraph that refers to it, without its number; the reference stays {@code [footnoteRef:N]}.
 * What {@link TextReader} makes of that is asserted as it is: everything but the footnotes reads
 * back, and each footnote body becomes a paragraph of the text, with no finding that says so. It
 * runs in a Surefire run of its own with Tika 3.3.1 on the class path (see the POM), not in the
 * default one.
 */
@Tag("tika-3.3")
class Tika33OracleTest {
  static List<Arguments> documents() {
    return OracleDocuments.documents(25);
  }

  @Test
  void runsOnItsOwnTikaAndPoi() throws ReflectiveOperationException {
    assertThat(TikaText.tikaVersion()).isEqualTo("3.3.1");
    assertThat(TikaText.poiVersion()).isEqualTo("5.5.1");
  }

  /** Every paragraph and every footnote body is a line of Tika's text, in order. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void everyParagraphAndFootnoteIsALine(String name, KamerstukDocument doc) throws Exception {
    String canonical = TextWriter.create().write(doc);
    if (!OracleDocuments.tikaCanSayIt(canonical)) {
      return; // numbers Tika cannot say: a footnote number used twice, or out of order
    }
    String tika = TikaText.text(DocxWriter.create().write(doc));
    assertThat(tika).doesNotContainPattern(OracleDocuments.NOTE.pattern());
    List<String> lines = List.of(tika.split("\n", -1));
    int at = 0;
    for (String line : canonical.split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      var note = OracleDocuments.NOTE.matcher(line);
      String want = note.matches() ? (note.group(2) == null ? "" : note.group(2)) : tikasForm(line);
      int found = at;
      while (found < lines.size() && !lines.get(found).strip().equals(want)) {
        found++;
      }
      assertThat(found)
          .as("line %s after line %d of Tika's text", line, at)
          .isLessThan(lines.size());
      at = found + 1;
    }
  }

  /**
   * A canonical line as Tika writes its paragraph: a sub-heading without its "## ", a bullet as
   * "·".
   */
  private static String tikasForm(String line) {
    if (line.startsWith("## ")) {
      return line.substring(3);
    }
    return line.startsWith("• ") ? "\u00b7 " + line.substring(2) : line;
  }

  /**
   * What TextReader makes of Tika 3.3's text: the document without its footnotes, each footnote
   * body a paragraph after the one that refers to it, the references left in the text, and no
   * finding about any of it.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void footnotesBecomeParagraphs(String name, KamerstukDocument doc) throws Exception {
    String canonical = TextWriter.create().write(doc);
    if (!OracleDocuments.tikaCanSayIt(canonical)) {
      return; // numbers Tika cannot say: a footnote number used twice, or out of order
    }
    String tika = TikaText.text(DocxWriter.create().write(doc));
    ReadResult read = TextReader.create().read(tika);
    // The same document, were each footnote body a paragraph of the canonical text.
    String moved = OracleDocuments.NOTE.matcher(canonical).replaceAll("$2");
    ReadResult expected = TextReader.create().read(moved);
    FicheJson json = FicheJson.create();
    assertThat(json.write(read.getDocument())).isEqualTo(json.write(expected.getDocument()));
    assertThat(read.getWarnings()).isEqualTo(expected.getWarnings());
    if (!OracleDocuments.notes(canonical).isEmpty()) {
      assertThat(read.getDocument().getFiches()).allMatch(f -> f.getVoetnoten().isEmpty());
    }
  }
}
