package nl.bncfiche.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.rendering.html.HtmlWriter;
import nl.bncfiche.rendering.text.ReadResult;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.rendering.text.TextWriter;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.Arguments;

/**
 * LibreOffice as an oracle: (a) the .docx it makes of our HTML, a .docx we did not write (its own
 * styles, numbering and package), is read by {@link DocxReader}; (b) the PDF it makes of the .docx
 * we write holds, as pdftotext gives it, every paragraph, heading, list label and footnote. Each is
 * one LibreOffice call over all documents. Skipped, saying so, where LibreOffice (Debian's {@code
 * libreoffice-writer-nogui}) or pdftotext ({@code poppler-utils}) is absent.
 */
class LibreOfficeOracleTest {
  /** What a page break may put inside a paragraph (footnotes, the page number), in characters. */
  private static final int PAGE_BREAK_CHARS = 6000;

  /** How many characters must match where a paragraph resumes after a page break. */
  private static final int RESUME = 12;

  /** A list label before a line's text: "1.", "a)", "•". */
  private static final Pattern LABEL = Pattern.compile("([1-9][0-9]*\\.|[a-z]\\)|•) (.+)");

  @TempDir Path dir;

  static List<Arguments> documents() {
    return OracleDocuments.documents(8);
  }

  /**
   * Every field of the header and of each fiche's first section (its title, template, generation
   * and general data) reads back equal, and every footnote's text is there (what does not read back
   * of the footnotes is in {@link #libreOfficesDocxOfOurHtmlReadsBackEqual}).
   */
  @Test
  void libreOfficesDocxOfOurHtmlReadsEveryField() throws Exception {
    LibreOffice.assume();
    List<Arguments> docs = documents();
    List<ReadResult> read = readThroughLibreOffice(docs);
    SoftAssertions soft = new SoftAssertions();
    for (int i = 0; i < docs.size(); i++) {
      String name = (String) docs.get(i).get()[0];
      KamerstukDocument doc = (KamerstukDocument) docs.get(i).get()[1];
      KamerstukDocument got = read.get(i).getDocument();
      soft.assertThat(got.getKop()).as(name).isEqualTo(doc.getKop());
      soft.assertThat(got.getFiches()).as(name).hasSameSizeAs(doc.getFiches());
      String text = TextWriter.create().write(got);
      for (int f = 0; f < doc.getFiches().size(); f++) {
        Fiche want = doc.getFiches().get(f);
        Fiche have = got.getFiches().get(f);
        soft.assertThat(have.getTitel()).as(name).isEqualTo(want.getTitel());
        soft.assertThat(have.getSjabloon()).as(name).isEqualTo(want.getSjabloon());
        soft.assertThat(have.getGeneratie()).as(name).isEqualTo(want.getGeneratie());
        soft.assertThat(have.getSoort()).as(name).isEqualTo(want.getSoort());
        soft.assertThat(have.getAlgemeneGegevens()).as(name).isEqualTo(want.getAlgemeneGegevens());
      }
      for (OracleDocuments.Note n : OracleDocuments.notes(TextWriter.create().write(doc))) {
        soft.assertThat(text).as(name).contains(n.body());
      }
    }
    soft.assertAll();
  }

  /**
   * LibreOffice's .docx of our HTML reads back to the very same document, every field, for
   * documents without footnotes (the same documents with their footnotes taken out: {@link
   * #withoutFootnotes}); with footnotes, see {@link #libreOfficesDocxOfOurHtmlReadsBackEqual}.
   */
  @Test
  void libreOfficesDocxOfOurHtmlReadsBackEqualWithoutFootnotes() throws Exception {
    LibreOffice.assume();
    List<Arguments> docs = new ArrayList<>();
    for (Arguments a : documents()) {
      docs.add(Arguments.of(a.get()[0], withoutFootnotes((KamerstukDocument) a.get()[1])));
    }
    assertReadsBackEqual(docs, readThroughLibreOffice(docs));
  }

  @Test
  void libreOfficesDocxOfOurHtmlReadsBackEqual() throws Exception {
    LibreOffice.assume();
    List<Arguments> docs = documents();
    assertReadsBackEqual(docs, readThroughLibreOffice(docs));
  }

  private static void assertReadsBackEqual(List<Arguments> docs, List<ReadResult> read) {
    FicheJson json = FicheJson.create();
    SoftAssertions soft = new SoftAssertions();
    for (int i = 0; i < docs.size(); i++) {
      soft.assertThat(json.write(read.get(i).getDocument()))
          .as((String) docs.get(i).get()[0])
          .isEqualTo(json.write((KamerstukDocument) docs.get(i).get()[1]));
    }
    soft.assertAll();
  }

  /**
   * {@code doc} without its footnotes: its canonical text without the references and the footnotes'
   * lines, read back.
   */
  private static KamerstukDocument withoutFootnotes(KamerstukDocument doc) {
    StringBuilder text = new StringBuilder();
    for (String line : TextWriter.create().write(doc).split("\n", -1)) {
      if (!OracleDocuments.NOTE.matcher(line).matches()) {
        text.append(OracleDocuments.REF.matcher(line).replaceAll("")).append('\n');
      }
    }
    ReadResult r = TextReader.create().read(text.toString());
    assertThat(r.getWarnings()).isEmpty();
    return r.getDocument();
  }

  private List<ReadResult> readThroughLibreOffice(List<Arguments> docs)
      throws IOException, InterruptedException {
    List<Path> html = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      Path p = dir.resolve("doc-" + i + ".html");
      Files.writeString(p, HtmlWriter.create().write((KamerstukDocument) docs.get(i).get()[1]));
      html.add(p);
    }
    List<ReadResult> read = new ArrayList<>();
    for (Path docx : LibreOffice.convert(dir, "docx:MS Word 2007 XML", html)) {
      read.add(DocxReader.create().read(docx));
    }
    return read;
  }

  /**
   * The PDF of our .docx shows every line of the canonical text: each paragraph and heading with
   * its list label, each list item with its bullet, each footnote reference as its number and each
   * footnote with its number, words in order (a page break may put footnotes and the page number
   * inside a paragraph).
   */
  @Test
  void libreOfficesPdfOfOurDocxHoldsEveryParagraphAndFootnote() throws Exception {
    LibreOffice.assume();
    ExternalProgram.assume("pdftotext", "poppler-utils");
    List<Arguments> docs = documents();
    List<Path> docx = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      Path p = dir.resolve("doc-" + i + ".docx");
      Files.write(p, DocxWriter.create().write((KamerstukDocument) docs.get(i).get()[1]));
      docx.add(p);
    }
    List<Path> pdfs = LibreOffice.convert(dir, "pdf", docx);
    int lines = 0;
    for (int i = 0; i < docs.size(); i++) {
      String name = (String) docs.get(i).get()[0];
      String pdfText = LibreOffice.pdfText(dir, pdfs.get(i));
      String pdf = squeezed(pdfText);
      String canonical = TextWriter.create().write((KamerstukDocument) docs.get(i).get()[1]);
      for (String line : canonical.split("\n", -1)) {
        if (line.isEmpty() || line.startsWith("[fiche: ")) {
          continue; // a blank line; the fiche's metadata line is hidden text in Word
        }
        assertThat(shown(line, pdf).stream().anyMatch(s -> containsInOrder(pdf, squeezed(s))))
            .as("%s: the PDF shows the line \"%s\"", name, line)
            .isTrue();
        lines++;
      }
    }
    assertThat(lines).isGreaterThan(500);
  }

  /** How Word shows a canonical line: the ways it may be written, the likeliest first. */
  private static List<String> shown(String line, String pdf) {
    String s = line.startsWith("\\") ? line.substring(1) : line;
    s = s.startsWith("## ") ? s.substring(3) : s;
    List<String> ways = new ArrayList<>();
    Matcher note = OracleDocuments.NOTE.matcher(s);
    if (note.matches()) {
      String body = note.group(2) == null ? "" : note.group(2);
      ways.add(note.group(1) + " " + body);
      // pdftotext may give the numbers of a page's footnotes as a column of their own
      ways.add(body);
    }
    String shown = OracleDocuments.REF.matcher(s).replaceAll("$1");
    ways.add(shown);
    ways.add(s); // a reference or footnote kept in its text form
    Matcher label = LABEL.matcher(shown);
    if (label.matches() && pdf.contains(squeezed(label.group(1)))) {
      // pdftotext reads labels as a column of their own, and may give one before the lines above
      ways.add(label.group(2));
    }
    return ways;
  }

  /**
   * The text as a string of its letters, digits and signs: without white space (pdftotext breaks
   * lines and puts labels on lines of their own) and without hyphens (pdftotext takes a hyphen that
   * ends a line of the PDF for a word broken in two, and drops it: "defensie-industrie" comes out
   * "defensieindustrie", "midden- en" may come out "middenen").
   */
  static String squeezed(String text) {
    StringBuilder b = new StringBuilder(text.length());
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      if (!Character.isWhitespace(c) && c != '-' && c != '\u00ad') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Whether {@code hay} holds {@code needle} in order, with at most two gaps (a page break puts
   * footnotes and the page number inside a paragraph).
   */
  static boolean containsInOrder(String hay, String needle) {
    if (needle.isEmpty()) {
      return true;
    }
    String head = needle.substring(0, Math.min(RESUME, needle.length()));
    for (int at = hay.indexOf(head); at >= 0; at = hay.indexOf(head, at + 1)) {
      if (matchFrom(hay, at, needle, 0, 2)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchFrom(String hay, int h, String needle, int n, int gaps) {
    while (n < needle.length() && h < hay.length() && hay.charAt(h) == needle.charAt(n)) {
      h++;
      n++;
    }
    if (n == needle.length()) {
      return true;
    }
    if (gaps == 0 || n == 0) {
      return false;
    }
    String rest = needle.substring(n, Math.min(needle.length(), n + RESUME));
    int limit = Math.min(hay.length(), h + PAGE_BREAK_CHARS);
    for (int g = hay.indexOf(rest, h + 1); g >= 0 && g < limit; g = hay.indexOf(rest, g + 1)) {
      if (matchFrom(hay, g, needle, n, gaps - 1)) {
        return true;
      }
    }
    return false;
  }
}
