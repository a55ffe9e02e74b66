package nl.bncfiche.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.rendering.text.ReadResult;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.FicheGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Apache Tika 3.2.3, the last version whose plain text is the seed's "Word export" form, turns the
 * .docx we write into text as its server's plain-text endpoint does, and {@link TextReader} reads
 * that text: our writer and our "Word export" reader checked against the tool that made the form.
 * It runs in a Surefire run of its own with Tika 3.2.3 and its POI 5.4.1 on the class path (see the
 * POM), not in the default one.
 */
@Tag("tika-3.2")
class Tika32OracleTest {
  /** A footnote as Tika 3.2 writes it, at the end of the paragraph that refers to it. */
  private static final Pattern TIKA_NOTE = Pattern.compile(" \\[(\\d+):  (.*?)\\] ");

  static List<Arguments> documents() {
    return OracleDocuments.documents(25);
  }

  @Test
  void runsOnItsOwnTikaAndPoi() throws ReflectiveOperationException {
    assertThat(TikaText.tikaVersion()).isEqualTo("3.2.3");
    assertThat(TikaText.poiVersion()).isEqualTo("5.4.1");
  }

  /**
   * The footnotes come out exactly in the seed's form: {@code [footnoteRef:N]} where the paragraph
   * refers to them and {@code " [N: body] "} at the paragraph's end, every body in order, and
   * numbered as Word numbers them where the document's footnotes run 1, 2, … (see {@link
   * OracleDocuments#tikaCanSayIt}).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void footnotesAreInTheSeedsForm(String name, KamerstukDocument doc) throws Exception {
    String canonical = TextWriter.create().write(doc);
    String tika = TikaText.text(DocxWriter.create().write(doc));
    List<OracleDocuments.Note> notes = new ArrayList<>();
    int refs = 0;
    for (String line : tika.split("\n", -1)) {
      Matcher m = TIKA_NOTE.matcher(line);
      int at = line.length();
      while (m.find()) {
        at = Math.min(at, m.start());
        notes.add(new OracleDocuments.Note(Integer.parseInt(m.group(1)), m.group(2).strip()));
      }
      Matcher ref = OracleDocuments.REF.matcher(line.substring(0, at));
      while (ref.find()) {
        refs++;
      }
    }
    List<OracleDocuments.Note> expected = OracleDocuments.notes(canonical);
    assertThat(notes)
        .extracting(OracleDocuments.Note::body)
        .isEqualTo(expected.stream().map(OracleDocuments.Note::body).toList());
    assertThat(refs).isEqualTo(count(OracleDocuments.REF.matcher(canonical)));
    if (OracleDocuments.tikaCanSayIt(canonical)) {
      assertThat(notes).isEqualTo(expected);
    }
  }

  /**
   * Tika's text of the .docx we write reads back to the very same document, every field and
   * footnote, without a finding, for every document whose footnote numbers Tika's form can say
   * ({@link OracleDocuments#tikaCanSayIt}).
   */
  @Test
  void tikasTextReadsBackEqual() throws Exception {
    int checked = 0;
    for (Arguments a : OracleDocuments.documents(60)) {
      KamerstukDocument doc = (KamerstukDocument) a.get()[1];
      if (OracleDocuments.tikaCanSayIt(TextWriter.create().write(doc))) {
        String tika = TikaText.text(DocxWriter.create().write(doc));
        assertReadsBack(a.get()[0] + "", tika, doc);
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(25);
  }

  /** Whether the footnotes of {@code canonical} are numbered 1, 2, … through the document. */
  private static boolean numberedOneByOne(String canonical) {
    List<OracleDocuments.Note> notes = OracleDocuments.notes(canonical);
    for (int i = 0; i < notes.size(); i++) {
      if (notes.get(i).number() != i + 1) {
        return false;
      }
    }
    return true;
  }

  private static int count(Matcher m) {
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void ourDocxAsItIsReadsBackEqual() throws Exception {
    KamerstukDocument doc = FicheGenerator.withSeed(0).validDocument();
    assertReadsBack("seed 0", TikaText.text(DocxWriter.create().write(doc)), doc);
  }

  @Test
  void aSubHeadingStaysASubHeading() throws Exception {
    for (long seed = 0; seed < 50; seed++) {
      KamerstukDocument doc = FicheGenerator.withSeed(seed).validDocument();
      String canonical = TextWriter.create().write(doc);
      if (canonical.contains("\n## ") && OracleDocuments.tikaCanSayIt(canonical)) {
        String tika = TikaText.text(DocxWriter.create().write(doc));
        assertReadsBack("seed " + seed, tika, doc);
        return;
      }
    }
    throw new AssertionError("no generated document with a sub-heading in 50 seeds");
  }

  @Test
  void aBulletListStaysAList() throws Exception {
    for (long seed = 0; seed < 50; seed++) {
      KamerstukDocument doc = FicheGenerator.withSeed(seed).validDocument();
      String canonical = TextWriter.create().write(doc);
      if (canonical.contains("\n• ") && OracleDocuments.tikaCanSayIt(canonical)) {
        String tika = TikaText.text(DocxWriter.create().write(doc));
        assertReadsBack("seed " + seed, tika, doc);
        return;
      }
    }
    throw new AssertionError("no generated document with a bulleted list in 50 seeds");
  }

  @Test
  void footnotesKeepTheirNumbers() throws Exception {
    for (long seed = 0; seed < 50; seed++) {
      KamerstukDocument doc = FicheGenerator.withSeed(seed).validDocument();
      String canonical = TextWriter.create().write(doc);
      if (OracleDocuments.tikaCanSayIt(canonical) && !numberedOneByOne(canonical)) {
        String tika = TikaText.text(DocxWriter.create().write(doc));
        assertReadsBack("seed " + seed, tika, doc);
        return;
      }
    }
    throw new AssertionError("no generated document with footnotes from other than 1 in 50 seeds");
  }

  static void assertReadsBack(String name, String tika, KamerstukDocument doc) {
    ReadResult read = TextReader.create().read(tika);
    FicheJson json = FicheJson.create();
    assertThat(json.write(read.getDocument())).as(name).isEqualTo(json.write(doc));
    assertThat(read.getWarnings()).as(name).isEmpty();
  }
}
