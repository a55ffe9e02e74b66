package nl.bncfiche.rendering.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.bncfiche.model.Aanbiedingsbrief;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.ImmutableAanbiedingsbrief;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.fixture.Corpus;
import nl.bncfiche.model.fixture.RealFiche;
import nl.bncfiche.rendering.internal.BriefLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The complete real fiche of the corpus reads to the model built in code, and writes back every
 * word.
 */
class RealFicheReadTest {
  private static Path file;
  private static KamerstukDocument expected;
  private static ReadResult read;

  @BeforeAll
  static void load() {
    file = Corpus.require().resolve(RealFiche.FILE);
    expected = RealFiche.document().orElseThrow();
    read = TextReader.create().read(file);
  }

  @Test
  void theLetterReadsAsBuiltInCode() {
    Aanbiedingsbrief want = expected.getBrief().orElseThrow();
    Aanbiedingsbrief got = read.getDocument().getBrief().orElseThrow();
    // Canonical choice: the standard announcement is not stored, since the writer regenerates it
    // word
    // for word from the count; the code-built model stores it verbatim.
    assertThat(got.getAankondiging()).isEmpty();
    assertThat(BriefLayout.aankondiging(got)).isEqualTo(want.getAankondiging().orElseThrow());
    assertThat(ImmutableAanbiedingsbrief.copyOf(got).withAankondiging(want.getAankondiging()))
        .isEqualTo(want);
    assertThat(read.getDocument().getKop()).isEmpty();
  }

  @Test
  void theFicheReadsAsBuiltInCodeInEverySection() {
    Fiche want = expected.getFiches().get(0);
    assertThat(read.getDocument().getFiches()).hasSize(1);
    Fiche got = read.getDocument().getFiches().get(0);
    assertThat(got.getTitel()).isEqualTo(want.getTitel());
    assertThat(got.getSjabloon()).isEqualTo(want.getSjabloon());
    assertThat(got.getGeneratie()).isEqualTo(want.getGeneratie());
    assertThat(got.getSoort()).isEqualTo(want.getSoort());
    assertThat(got.getAlgemeneGegevens()).isEqualTo(want.getAlgemeneGegevens());
    assertThat(got.getEssentie()).isEqualTo(want.getEssentie());
    assertThat(got.getNederlandsePositie()).isEqualTo(want.getNederlandsePositie());
    assertThat(got.getGrondhouding()).isEqualTo(want.getGrondhouding());
    assertThat(got.getFinancieleGevolgen()).isEqualTo(want.getFinancieleGevolgen());
    assertThat(got.getConsequenties()).isEqualTo(want.getConsequenties());
    assertThat(got.getOntwikkelingslanden()).isEqualTo(want.getOntwikkelingslanden());
    assertThat(got.getOverigeSecties()).isEqualTo(want.getOverigeSecties());
    assertThat(got.getVoetnoten()).isEqualTo(want.getVoetnoten());
    assertThat(got).isEqualTo(want);
    assertThat(read.getWarnings()).isEmpty();
  }

  @Test
  void writingWhatWasReadKeepsEveryWordAndFootnote() throws Exception {
    String original = String.join("\n", Corpus.lines(file.getParent(), RealFiche.FILE));
    String written = TextWriter.create().write(read.getDocument());
    assertThat(words(written)).isEqualTo(words(original));
    for (int n = 2; n <= 14; n++) {
      assertThat(written).contains("[footnoteRef:" + n + "]").contains("[" + n + ":  ");
    }
    // The written form is canonical: reading and writing it again changes nothing.
    ReadResult again = TextReader.create().read(written);
    assertThat(again.getDocument().getFiches()).isEqualTo(read.getDocument().getFiches());
    assertThat(TextWriter.create().write(again.getDocument())).isEqualTo(written);
  }

  /** Word multiset, ignoring bookmarks, footnote markers and the white space around them. */
  private static Map<String, Integer> words(String text) {
    String t =
        text.replaceAll("\\[bookmark: [^\\]]*\\]", "")
            .replaceAll("\\[footnoteRef:\\d+\\]", " ")
            .replaceAll("\\[\\d+:\\s", " ")
            .replaceAll("\\s\\]", " ");
    Map<String, Integer> counts = new HashMap<>();
    for (String w : t.split("\\s+")) {
      if (!w.isEmpty()) {
        counts.merge(w, 1, Integer::sum);
      }
    }
    return counts;
  }

  @Test
  void positionsPointIntoTheFile() throws Exception {
    List<String> lines = Corpus.lines(file.getParent(), RealFiche.FILE);
    SourceMap map = read.getSourceMap();
    SourcePosition datum =
        map.positionOf("/fiches/0/algemeneGegevens/datumOntvangst").orElseThrow();
    assertThat(lines.get(datum.getLine() - 1)).isEqualTo("4 december 2025");
    assertThat(datum.getColumn()).isEqualTo(1);
    SourcePosition titel = map.positionOf("/fiches/0/titel").orElseThrow();
    assertThat(lines.get(titel.getLine() - 1)).startsWith("Fiche: EU-drugsstrategie");
    assertThat(titel.getColumn()).isEqualTo(8);
    SourcePosition vermelding = map.positionOf("/brief/vermeldingen/3").orElseThrow();
    assertThat(lines.get(vermelding.getLine() - 1)).startsWith("Fiche – Finaliteitsverordening");
    SourcePosition alinea = map.positionOf("/fiches/0/essentie/inhoud/alineas/2").orElseThrow();
    assertThat(lines.get(alinea.getLine() - 1)).startsWith("Het doel van de strategie");
    SourcePosition oordeel =
        map.positionOf("/fiches/0/grondhouding/bevoegdheid/oordeel").orElseThrow();
    assertThat(lines.get(oordeel.getLine() - 1))
        .startsWith("De grondhouding van het kabinet is positief.");
    // A pointer without its own record falls back to its nearest recorded ancestor.
    assertThat(map.positionOf("/fiches/0/grondhouding/bevoegdheid/tekst/alineas/0/inhoud/0"))
        .isEqualTo(map.positionOf("/fiches/0/grondhouding/bevoegdheid/tekst/alineas/0"));
    SourcePosition voetnoot = map.positionOf("/fiches/0/voetnoten/0").orElseThrow();
    assertThat(lines.get(voetnoot.getLine() - 1).substring(voetnoot.getColumn() - 1))
        .startsWith("[2:");
    assertThat(map.positionOf("/nergens")).isEmpty();
  }
}
