package nl.bncfiche.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import java.util.function.IntFunction;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.EssentieVoorstel;
import nl.bncfiche.model.EurLexVerwijzing;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.ImmutableFiche;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Sectie;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.TekstRun;
import nl.bncfiche.model.Voetnoot;
import nl.bncfiche.model.VoetnootVerwijzing;
import nl.bncfiche.model.fixture.LinearTime;
import nl.bncfiche.rendering.html.HtmlWriter;
import nl.bncfiche.rendering.markdown.MarkdownWriter;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.rendering.text.TextWriter;
import org.junit.jupiter.api.Test;

/**
 * Guards against a regression to quadratic time in the reader and the writers, on the families of
 * hostile input that once were (runs of combining marks, footnote counts) or could be (references,
 * values, brackets). The benchmarks' scaling suite measures them; these only catch the regression.
 */
class ScalingTest {
  private static final TextReader READER = TextReader.create();

  /** A paragraph with a run of {@code n} pairs of combining marks that normalising reorders. */
  static KamerstukDocument marks(int n) {
    return essentie(Tekst.of("Zie e" + "\u0301\u0316".repeat(n) + " hier."));
  }

  /** {@code n} paragraphs, each citing a footnote of its own. */
  static KamerstukDocument footnotes(int n) {
    var t = Tekst.builder();
    var f = Fiche.builder().titel("Schaal");
    for (int k = 1; k <= n; k++) {
      t.addAlinea(
          Alinea.builder()
              .addInhoud(TekstRun.of("Alinea " + k + "."), VoetnootVerwijzing.of(k))
              .build());
      f.addVoetnoot(Voetnoot.of(k, "Noot " + k + "."));
    }
    return KamerstukDocument.of(
        ImmutableFiche.copyOf(f.build())
            .withEssentie(EssentieVoorstel.builder().inhoud(t.build()).build()));
  }

  /** One paragraph citing one footnote {@code n} times. */
  static KamerstukDocument references(int n) {
    var a = Alinea.builder();
    for (int k = 0; k < n; k++) {
      a.addInhoud(TekstRun.of("zie "), VoetnootVerwijzing.of(1));
    }
    Fiche f = essentie(Tekst.of(a.build())).getFiches().get(0);
    return KamerstukDocument.of(ImmutableFiche.copyOf(f).withVoetnoten(Voetnoot.of(1, "De noot.")));
  }

  /** Section 1 with {@code n} titles, EUR-Lex references and legal bases. */
  static KamerstukDocument values(int n) {
    var ag = AlgemeneGegevens.builder();
    for (int k = 1; k <= n; k++) {
      ag.addTitel("Voorstel " + k)
          .addEurLex(EurLexVerwijzing.of("https://eur-lex.europa.eu/x" + k))
          .addRechtsbasis("Artikel " + k + " VWEU");
    }
    return KamerstukDocument.of(
        Fiche.builder().titel("Schaal").algemeneGegevens(ag.build()).build());
  }

  /** A paragraph of {@code n} unclosed footnote bodies and references, "[1: [footnoteRef:". */
  static KamerstukDocument brackets(int n) {
    return essentie(Tekst.of("Zie " + "[1: [footnoteRef:".repeat(n) + " hier."));
  }

  /**
   * {@code n} sections under a heading that section 1 takes for its item, which the writer puts
   * after one that it does not take (a known heading met again, last of all).
   */
  static KamerstukDocument sections(int n) {
    var f =
        Fiche.builder()
            .titel("Schaal")
            .algemeneGegevens(AlgemeneGegevens.builder().addTitel("Voorstel").build())
            .essentie(EssentieVoorstel.builder().inhoud(Tekst.of("De kern.")).build());
    for (int k = 0; k < n; k++) {
      f.addOverigeSecties(
          Sectie.builder().kop("1. Rechtsbasis").tekst(Tekst.of("Deel " + k)).build());
    }
    f.addOverigeSecties(Sectie.builder().kop("1. Algemene gegevens").build());
    return KamerstukDocument.of(f.build());
  }

  private static KamerstukDocument essentie(Tekst t) {
    return KamerstukDocument.of(
        Fiche.builder()
            .titel("Schaal")
            .essentie(EssentieVoorstel.builder().inhoud(t).build())
            .build());
  }

  private static void assertLinear(String family, int n, IntFunction<KamerstukDocument> docs) {
    assertLinear(family, "text", n, docs, d -> TextWriter.create().write(d));
    assertLinear(family, "Markdown", n, docs, d -> MarkdownWriter.create().write(d));
    assertLinear(family, "HTML", n, docs, d -> HtmlWriter.create().write(d));
    LinearTime.assertLinear(
        family + ", reading text",
        n,
        size -> {
          String text = TextWriter.create().write(docs.apply(size));
          return () -> READER.read(text);
        });
  }

  private static void assertLinear(
      String family,
      String writer,
      int n,
      IntFunction<KamerstukDocument> docs,
      Function<KamerstukDocument, String> write) {
    LinearTime.assertLinear(
        family + ", writing " + writer,
        n,
        size -> {
          KamerstukDocument d = docs.apply(size);
          return () -> {
            // Used, so that the work cannot be left out.
            if (write.apply(d).isEmpty()) {
              throw new AssertionError(writer + " wrote nothing");
            }
          };
        });
  }

  @Test
  void runsOfCombiningMarks() {
    assertLinear("combining marks", 5_000, ScalingTest::marks);
    // The writers normalise what they write, so the reader gets NFC text from them: it is given
    // the run as written too.
    LinearTime.assertLinear(
        "combining marks, reading text not in NFC",
        5_000,
        n -> {
          String text =
              "Fiche: Schaal\n\n1. Essentie voorstel\n\nZie e" + "\u0301\u0316".repeat(n) + ".\n";
          return () -> READER.read(text);
        });
    // Such a run is left as written, by the reader and the writer alike.
    KamerstukDocument d = marks(100);
    assertThat(READER.read(TextWriter.create().write(d)).getDocument()).isEqualTo(d);
  }

  @Test
  void footnoteCounts() {
    assertLinear("footnotes", 1_000, ScalingTest::footnotes);
  }

  @Test
  void referenceCounts() {
    assertLinear("references", 8_000, ScalingTest::references);
  }

  @Test
  void valueCounts() {
    assertLinear("values", 1_000, ScalingTest::values);
  }

  @Test
  void sectionCounts() {
    assertLinear("sections", 1_000, ScalingTest::sections);
  }

  @Test
  void brackets() {
    assertLinear("brackets", 2_000, ScalingTest::brackets);
  }

  @Test
  void wrappedLines() {
    // A paragraph wrapped over n lines, and a title of 1a wrapped over n lines: each is joined
    // into one.
    LinearTime.assertLinear(
        "wrapped lines, reading text",
        4_000,
        n -> {
          String text =
              "Fiche: Schaal\n\n1. Algemene gegevens\n\na) Titel voorstel\nVoorstel voor"
                  + "\neen regel van".repeat(n)
                  + "\nc) Nr. Commissiedocument\nCOM(2026) 1\n\n2. Essentie voorstel\n\nZie"
                  + "\nook deze regel".repeat(n)
                  + ".\n";
          return () -> READER.read(text);
        });
  }
}
