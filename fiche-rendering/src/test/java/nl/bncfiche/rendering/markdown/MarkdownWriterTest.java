package nl.bncfiche.rendering.markdown;

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
import nl.bncfiche.model.AlineaSoort;
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

class MarkdownWriterTest {
  private final MarkdownWriter writer = MarkdownWriter.create();

  @Test
  void volledigMatchesGoldenFile() throws Exception {
    GoldenFile.assertMatches("markdown/volledig.md", writer.write(SampleDocuments.volledig()));
  }

  @Test
  void layoutFollowsTheOutline() {
    String md = writer.write(SampleDocuments.volledig());
    assertThat(md)
        .startsWith("22 112 Nieuwe Commissievoorstellen")
        .contains("\n# Fiche: Verordening proefregels voor digitale vrachtbrieven\n")
        .contains("\n## 1. Algemene gegevens\n\n### a) Titel voorstel\n\n")
        .contains("\n## 7. Overig\n")
        .contains("\nDe grondhouding van het kabinet is positief. Gedeelde bevoegdheid.\n")
        .contains("\n- eerste punt\n")
        .contains(
            "De Commissie stelt proefregels voor.<sup id=\"fnref-1\">[1](#fn-1)</sup> Zij wil papier uitfaseren.")
        .contains("\n---\n\n1. <a id=\"fn-1\"></a>Zie de website van de Commissie. [↩](#fnref-1)\n")
        .endsWith(")\n")
        .doesNotContain("\r", " \n", "\n\n\n");
    ParsedMarkdown p = ParsedMarkdown.parse(md);
    p.assertSafeAndLinked();
    assertThat(p.headings)
        .contains(
            "# Fiche: Verordening proefregels voor digitale vrachtbrieven", "#### Achtergrond");
    assertThat(p.text.toString())
        .contains("De Minister van Buitenlandse Zaken,\nA.B. de Vries")
        .contains(
            "Fiche - MFK – Mededeling over een begrotingsinstrument (Kamerstuk 22 112, nr. 5002).");
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
    assertThat(writer.write(doc.getFiches().get(0))).startsWith("# Fiche: Verordening");
    assertThat(writer.write(KamerstukDocument.builder().build())).isEmpty();
    assertThatNullPointerException().isThrownBy(() -> writer.write((KamerstukDocument) null));
    assertThatNullPointerException().isThrownBy(() -> writer.write((Fiche) null));
  }

  @Test
  void hostileTextInEveryFieldComesOutLiteral() {
    for (String s : Hostile.STRINGS) {
      String md = writer.write(Hostile.document(s));
      ParsedMarkdown p = ParsedMarkdown.parse(md);
      assertThat(p.verboden).as("from %s:%n%s", s, md).isEmpty();
      p.assertSafeAndLinked();
      // our structure only: the letter's entry and the list item; the footnote; one break
      assertThat(p.bulletItems).as(s).isEqualTo(2);
      assertThat(p.orderedItems).as(s).isEqualTo(1);
      assertThat(p.thematicBreaks).as(s).isEqualTo(1);
      assertThat(p.headings).as(s).contains("## " + s.strip(), "### " + s.strip());
      assertThat(p.headings.get(0)).as(s).startsWith("# Fiche: ").endsWith(s.strip());
      String text = p.text.toString();
      assertThat(count(text, s.strip()))
          .as("literal occurrences of %s in%n%s", s, md)
          .isGreaterThanOrEqualTo(20);
    }
  }

  @Test
  void lineStartTriggersAreEscapedOnlyThere() {
    Fiche f =
        Fiche.builder()
            .titel("Lijn")
            .ontwikkelingslanden(
                Tekst.of("2026. Een jaar - en nog een\n- streepje\n12) haakje", "=== x"))
            .build();
    String md = writer.write(f);
    assertThat(md)
        .contains("2026\\. Een jaar - en nog een\\\n\\- streepje\\\n12\\) haakje", "\\=== x");
    ParsedMarkdown p = ParsedMarkdown.parse(md);
    assertThat(p.text.toString())
        .contains("2026. Een jaar - en nog een\n- streepje\n12) haakje\n=== x");
  }

  @Test
  void duplicateReferencesAndGappedNumbers() {
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
            .addVoetnoten(
                Voetnoot.of(3, "Derde."),
                Voetnoot.builder()
                    .nummer(5)
                    .tekst(
                        Tekst.of(
                            Alinea.of("Vijfde."),
                            Alinea.of(AlineaSoort.OPSOMMING, TekstRun.of("punt"))))
                    .build())
            .build();
    String md = writer.write(KamerstukDocument.of(f, f));
    ParsedMarkdown p = ParsedMarkdown.parse(md);
    p.assertSafeAndLinked();
    assertThat(md)
        .contains("<sup id=\"fnref-3-2\">[3](#fn-3)</sup><sup>7</sup>")
        .contains("- <a id=\"fn-3\"></a>3\\. Derde. [↩](#fnref-3) [↩2](#fnref-3-2)")
        .contains("- <a id=\"fn-5\"></a>5\\. Vijfde.\n\n  - punt")
        .contains("<a id=\"f2-fn-3\"></a>");
    assertThat(p.text.toString()).contains("3. Derde.", "5. Vijfde.");
  }

  @Test
  void everyWordOfEveryRunAppearsLiterally() {
    long seed = 20260411L;
    GeneratedFiches gen = new GeneratedFiches(seed);
    for (int i = 0; i < 300; i++) {
      KamerstukDocument doc = gen.document();
      String md = writer.write(doc);
      try {
        assertThat(Normalizer.isNormalized(md, Normalizer.Form.NFC)).isTrue();
        assertThat(md).doesNotContain("\r", " \n", "\t\n");
        ParsedMarkdown p = ParsedMarkdown.parse(md);
        p.assertSafeAndLinked();
        String text = p.text.toString();
        for (String run : runs(doc)) {
          for (String w : GeneratedFiches.woorden(run)) {
            assertThat(text).contains(Normalizer.normalize(w, Normalizer.Form.NFC));
          }
        }
      } catch (AssertionError e) {
        throw new AssertionError("seed " + seed + ", document " + i + ": " + e.getMessage(), e);
      }
    }
  }

  @Test
  void outputIndependentOfDefaultLocaleAndTimeZone() {
    List<KamerstukDocument> docs = new ArrayList<>();
    docs.add(SampleDocuments.volledig());
    GeneratedFiches gen = new GeneratedFiches(7L);
    for (int i = 0; i < 20; i++) {
      docs.add(gen.document());
    }
    String expected = docs.stream().map(writer::write).reduce("", String::concat);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      for (String tag : List.of("tr-TR", "ar-SA", "nl-NL", "th-TH-u-nu-thai")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        TimeZone.setDefault(
            TimeZone.getTimeZone(tag.startsWith("ar") ? "Asia/Riyadh" : "Pacific/Kiritimati"));
        assertThat(docs.stream().map(writer::write).reduce("", String::concat))
            .as(tag)
            .isEqualTo(expected);
      }
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void realFicheRendersWithEveryFootnote() {
    KamerstukDocument real = RealFiche.require();
    String md = writer.write(real);
    ParsedMarkdown p = ParsedMarkdown.parse(md);
    p.assertSafeAndLinked();
    Fiche fiche = real.getFiches().get(0);
    assertThat(fiche.getVoetnoten()).isNotEmpty();
    String text = p.text.toString();
    for (Voetnoot v : fiche.getVoetnoten()) {
      assertThat(p.ids).contains("fn-" + v.getNummer());
      for (String w : GeneratedFiches.woorden(v.getTekst().platteTekst())) {
        assertThat(text).contains(Normalizer.normalize(w, Normalizer.Form.NFC));
      }
    }
  }
}
