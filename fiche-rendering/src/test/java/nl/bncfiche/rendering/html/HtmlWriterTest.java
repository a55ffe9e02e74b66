package nl.bncfiche.rendering.html;

import static nl.bncfiche.rendering.fixture.Teksten.count;
import static nl.bncfiche.rendering.fixture.Teksten.runs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.TekstRun;
import nl.bncfiche.model.Voetnoot;
import nl.bncfiche.model.VoetnootVerwijzing;
import nl.bncfiche.model.fixture.RealFiche;
import nl.bncfiche.model.fixture.SampleDocuments;
import nl.bncfiche.rendering.fixture.GeneratedFiches;
import nl.bncfiche.rendering.fixture.GoldenFile;
import nl.bncfiche.rendering.fixture.Hostile;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {
  private final HtmlWriter writer = HtmlWriter.create();

  @Test
  void volledigMatchesGoldenFile() throws Exception {
    GoldenFile.assertMatches("html/volledig.html", writer.write(SampleDocuments.volledig()));
  }

  @Test
  void volledigFragmentMatchesGoldenFile() throws Exception {
    GoldenFile.assertMatches(
        "html/volledig-fragment.html",
        HtmlWriter.builder().fragment(true).build().write(SampleDocuments.volledig()));
  }

  @Test
  void completePageHasLanguageCharsetTitleAndStylesheet() {
    String html = writer.write(SampleDocuments.volledig());
    assertThat(html)
        .startsWith("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
        .contains("<title>Verordening proefregels voor digitale vrachtbrieven</title>")
        .contains("<style>\n" + HtmlWriter.stylesheet() + "</style>")
        .contains("<main class=\"bnc-fiche\">")
        .endsWith("</html>\n")
        .doesNotContain("<script", "\r");
    assertThat(HtmlWriter.stylesheet()).contains("@media print", "break-before: page");
    HtmlChecks.assertWellFormed(html);
  }

  @Test
  void fragmentHasNoPageAndPageWithoutStylesheetHasNoStyle() {
    String fragment = HtmlWriter.builder().fragment(true).build().write(SampleDocuments.volledig());
    assertThat(fragment)
        .startsWith("<div class=\"bnc-fiche\" lang=\"nl\">\n")
        .endsWith("</div>\n")
        .doesNotContain("<html", "<head>", "<style", "<body", "<!DOCTYPE");
    HtmlChecks.assertWellFormed(fragment);
    String plain =
        HtmlWriter.builder().inlineStylesheet(false).build().write(SampleDocuments.volledig());
    assertThat(plain).doesNotContain("<style").contains("<html lang=\"nl\">");
    String styled = writer.write(SampleDocuments.volledig());
    assertThat(plain)
        .isEqualTo(styled.replace("<style>\n" + HtmlWriter.stylesheet() + "</style>\n", ""));
  }

  @Test
  void writesToWriterAndSingleFiche() throws Exception {
    KamerstukDocument doc = SampleDocuments.volledig();
    StringWriter out = new StringWriter();
    writer.write(doc, out);
    assertThat(out).hasToString(writer.write(doc));
    // A writer that fails: unchecked, as TextWriter's and FicheJson's writes are, with the cause.
    Writer failing =
        new Writer() {
          @Override
          public void write(char[] b, int off, int len) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> writer.write(doc, failing))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk full");
    String fiche = writer.write(doc.getFiches().get(0));
    assertThat(fiche)
        .doesNotContain("<header", "<section class=\"aanbiedingsbrief\"")
        .contains("<h1>Fiche: Verordening");
    assertThatNullPointerException().isThrownBy(() -> writer.write((KamerstukDocument) null));
    assertThatNullPointerException().isThrownBy(() -> writer.write((Fiche) null));
  }

  @Test
  void layoutFollowsTheOutline() {
    String html = writer.write(SampleDocuments.volledig());
    assertThat(html)
        .contains("<h2>1. Algemene gegevens</h2>")
        .contains("<h3>a) Titel voorstel</h3>")
        .contains("<h2>7. Overig</h2>")
        .contains("<p>De grondhouding van het kabinet is positief. Gedeelde bevoegdheid.</p>")
        .contains("<ul>\n<li>eerste punt</li>\n</ul>")
        .contains(
            "<p>De Commissie stelt proefregels voor.<sup><a id=\"fnref-1\" href=\"#fn-1\">1</a></sup> Zij wil papier uitfaseren.</p>")
        .contains(
            "<li id=\"fn-1\" value=\"1\">Zie de website van de Commissie. <a class=\"terug\" href=\"#fnref-1\"");
  }

  @Test
  void hostileTextInEveryFieldIsEscaped() {
    for (String s : Hostile.STRINGS) {
      String html = writer.write(Hostile.document(s));
      HtmlChecks.assertWellFormed(html);
      assertThat(html).as(s).doesNotContain("<script", "<img", "<!--", "href=\"j", "<img src");
      String escaped = escape(s.strip());
      // title, 6 header parts, letter, 1a twice, other values, paragraphs, footnote, unknown
      // heading
      assertThat(count(html, escaped)).as("occurrences of %s", s).isGreaterThanOrEqualTo(20);
    }
  }

  @Test
  void duplicateReferencesGetUniqueIdsAndBackLinks() {
    Fiche f =
        Fiche.builder()
            .titel("Twee verwijzingen")
            .ontwikkelingslanden(
                Tekst.of(
                    Alinea.builder()
                        .addInhoud(TekstRun.of("Een"), VoetnootVerwijzing.of(3))
                        .build(),
                    Alinea.builder()
                        .addInhoud(
                            TekstRun.of("Twee"), VoetnootVerwijzing.of(3), VoetnootVerwijzing.of(7))
                        .build()))
            .addVoetnoten(Voetnoot.of(3, "Derde."), Voetnoot.of(5, "Vijfde, niet verwezen."))
            .build();
    String html = writer.write(KamerstukDocument.of(f, f));
    HtmlChecks.assertWellFormed(html);
    assertThat(html)
        .contains(
            "id=\"fnref-3\"",
            "id=\"fnref-3-2\"",
            "href=\"#fnref-3-2\"",
            "<li id=\"fn-3\" value=\"3\">")
        .contains("<li id=\"fn-5\" value=\"5\">Vijfde, niet verwezen.</li>")
        .contains("<sup>7</sup>")
        .contains("id=\"f2-fnref-3-2\"", "<li id=\"f2-fn-3\" value=\"3\">");
  }

  @Test
  void everyWordOfEveryRunAppearsEscaped() {
    long seed = 20260410L;
    GeneratedFiches gen = new GeneratedFiches(seed);
    for (int i = 0; i < 300; i++) {
      KamerstukDocument doc = gen.document();
      String html = writer.write(doc);
      try {
        HtmlChecks.assertWellFormed(html);
        assertThat(Normalizer.isNormalized(html, Normalizer.Form.NFC)).isTrue();
        assertThat(html).doesNotContain("\r", " \n", "\t\n");
        for (String run : runs(doc)) {
          for (String w : GeneratedFiches.woorden(run)) {
            assertThat(html).contains(escape(w));
          }
        }
      } catch (AssertionError e) {
        throw new AssertionError("seed " + seed + ", document " + i + ": " + e.getMessage(), e);
      }
    }
  }

  @Test
  void outputIndependentOfDefaultLocaleAndTimeZone() {
    KamerstukDocument doc = SampleDocuments.volledig();
    List<KamerstukDocument> generated = new ArrayList<>();
    GeneratedFiches gen = new GeneratedFiches(7L);
    for (int i = 0; i < 20; i++) {
      generated.add(gen.document());
    }
    String expected =
        writer.write(doc) + generated.stream().map(writer::write).reduce("", String::concat);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      for (String tag : List.of("tr-TR", "ar-SA", "nl-NL", "th-TH-u-nu-thai")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        TimeZone.setDefault(
            TimeZone.getTimeZone(tag.startsWith("ar") ? "Asia/Riyadh" : "Pacific/Kiritimati"));
        String actual =
            writer.write(doc) + generated.stream().map(writer::write).reduce("", String::concat);
        assertThat(actual).as(tag).isEqualTo(expected);
      }
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void realFicheRendersWithEveryFootnote() {
    KamerstukDocument real = RealFiche.require();
    String html = writer.write(real);
    HtmlChecks.assertWellFormed(html);
    Fiche fiche = real.getFiches().get(0);
    assertThat(fiche.getVoetnoten()).isNotEmpty();
    for (Voetnoot v : fiche.getVoetnoten()) {
      assertThat(html).contains("id=\"fn-" + v.getNummer() + "\"");
      for (String w : GeneratedFiches.woorden(v.getTekst().platteTekst())) {
        assertThat(html).contains(escape(w));
      }
    }
  }

  /** Our own independent escaping: NFC, then the five characters. */
  static String escape(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
