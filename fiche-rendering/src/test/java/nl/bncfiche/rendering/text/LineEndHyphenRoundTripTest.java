package nl.bncfiche.rendering.text;

import static org.assertj.core.api.Assertions.assertThat;

import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.ImmutableAlgemeneGegevens;
import nl.bncfiche.model.ImmutableFiche;
import nl.bncfiche.model.ImmutableKamerstukDocument;
import nl.bncfiche.model.ImpactAssessment;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.fixture.SampleDocuments;
import org.junit.jupiter.api.Test;

/**
 * Lines that the reader would join as a word broken at a line end ("samen-" / "werking") are
 * written so that they read back as they were: the writer escapes the second line.
 */
class LineEndHyphenRoundTripTest {
  private static KamerstukDocument with(String impactAssessment, String... titels) {
    KamerstukDocument doc = SampleDocuments.volledig();
    Fiche f = doc.getFiches().get(0);
    AlgemeneGegevens ag =
        ImmutableAlgemeneGegevens.copyOf(f.getAlgemeneGegevens().orElseThrow())
            .withImpactAssessment(ImpactAssessment.of(impactAssessment))
            .withTitels(titels);
    return ImmutableKamerstukDocument.copyOf(doc)
        .withFiches(ImmutableFiche.copyOf(f).withAlgemeneGegevens(ag));
  }

  @Test
  void linesThatLookLikeABrokenWordReadBackAsTheyWere() {
    KamerstukDocument d =
        with(
            "Een regel die eindigt op samen-\nwerking volgt op de volgende regel",
            "Voorstel voor een EU-",
            "fonds voor havens");
    String text = TextWriter.create().write(d);
    assertThat(text).contains("\n\\werking volgt", "\n\\fonds voor havens");
    assertThat(TextReader.create().read(text).getDocument()).isEqualTo(d);
  }

  @Test
  void aConjunctionAfterTheHyphenNeedsNoEscape() {
    KamerstukDocument d = with("Steun voor het midden-\nen kleinbedrijf", "Titel");
    String text = TextWriter.create().write(d);
    assertThat(text).contains("midden-\nen kleinbedrijf");
    assertThat(TextReader.create().read(text).getDocument()).isEqualTo(d);
  }
}
