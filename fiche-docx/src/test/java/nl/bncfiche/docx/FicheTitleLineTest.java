package nl.bncfiche.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.FicheGenerator;
import org.junit.jupiter.api.Test;

/**
 * What {@link DocxWriter} relies on to find where each fiche starts in the canonical text: a
 * fiche's first line is its title line, the same as that of a fiche with its title alone, whatever
 * else it holds and whatever the title.
 */
class FicheTitleLineTest {
  private static String firstLine(Fiche f) {
    String text = TextWriter.create().write(f);
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }

  private static Fiche titleOnly(Fiche f) {
    return Fiche.builder().titel(f.getTitel()).build();
  }

  @Test
  void generatedFichesStartWithTheLineOfTheirTitleAlone() {
    for (long seed = 1; seed <= 300; seed++) {
      FicheGenerator g = FicheGenerator.withSeed(seed);
      for (Fiche f : List.of(g.validFiche(), g.largeFiche(5_000))) {
        assertThat(firstLine(f)).as("seed %d", seed).isEqualTo(firstLine(titleOnly(f)));
      }
    }
  }

  @Test
  void awkwardTitlesToo() {
    Fiche base = FicheGenerator.withSeed(7).validFiche();
    for (String title :
        List.of(
            "",
            "  leading and trailing  ",
            "two\nlines",
            "\nstarts with a break",
            "1. looks like a section",
            "[footnoteRef:1] and [1:  a body ]",
            "\\escaped",
            "e\u0301 not composed",
            "half \ud800 a pair",
            "a bookmark [bookmark: _Hlk1]",
            "tab\there")) {
      Fiche f = Fiche.builder().from(base).titel(title).build();
      assertThat(firstLine(f)).as("title %s", title).isEqualTo(firstLine(titleOnly(f)));
    }
  }
}
