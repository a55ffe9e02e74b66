package nl.bncfiche.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.GrondhoudingOnderdeel;
import nl.bncfiche.model.ImmutableAanbiedingsbrief;
import nl.bncfiche.model.ImmutableBriefVermelding;
import nl.bncfiche.model.ImmutableFiche;
import nl.bncfiche.model.ImmutableGrondhouding;
import nl.bncfiche.model.ImmutableKamerstukDocument;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.fixture.Corpus;
import nl.bncfiche.model.id.KamerstukReferentie;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.FicheGenerator;
import nl.bncfiche.testing.VoorbeeldFiches;
import nl.bncfiche.validation.Issue;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.Severity;
import nl.bncfiche.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * The validator on what published practice looks like, read from text: the seed example and the
 * real corpus give no issue a reviewer would dismiss, and the forms published fiches use (letter
 * references, stance sentences of 2013-2024, a letter in place of a fiche) give no ERROR.
 */
class PublishedPracticeTest {
  private static ValidationReport validate(String text, Profile profile) {
    return Today.validator().validate(TextReader.create().read(text).getDocument(), profile);
  }

  private static List<String> lines(ValidationReport r) {
    return r.issues().stream().map(Issue::toString).collect(Collectors.toList());
  }

  @Test
  void theSeedExampleHasNoIssueAtAll() throws IOException {
    String seed = Files.readString(Path.of("..", "examples", "voorbeeld-fiche.txt"));
    assertThat(lines(validate(seed, Profile.DEFINITIEF))).isEmpty();
  }

  /** Every text of the corpus, by name; skips the calling test without the corpus. */
  private static List<Path> corpus() throws IOException {
    try (Stream<Path> files = Files.walk(Corpus.require())) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  @Test
  void theCorpusHasNoIssueAsADraftAndNoErrorWherePublished() throws IOException {
    List<Path> files = corpus();
    assertThat(files).hasSizeGreaterThanOrEqualTo(8);
    for (Path file : files) {
      String text = Files.readString(file);
      KamerstukDocument d = TextReader.create().read(text).getDocument();
      // What is there is right: formats, consistency, letter, timing, vocabularies.
      assertThat(lines(Today.validator().validate(d, Profile.CONCEPT)))
          .as(file.getFileName().toString())
          .isEmpty();
      // What the truncated excerpts lack is all that DEFINITIEF adds, and in a published
      // Kamerstuk (a numbered header) only as a warning.
      ValidationReport full = Today.validator().validate(d, Profile.DEFINITIEF);
      assertThat(full.issues())
          .as(file.getFileName().toString())
          .allSatisfy(i -> assertThat(i.getRuleId()).startsWith("BNC-V-"));
      boolean published = d.getKop().flatMap(k -> k.getNummer()).isPresent();
      if (published) {
        assertThat(full.issues(Severity.ERROR)).as(file.getFileName().toString()).isEmpty();
      }
    }
  }

  @Test
  void theCompleteRealFicheHasNoIssueAtAll() throws IOException {
    Path file = Corpus.require().resolve("eu-drugsstrategie-2026.txt");
    assertThat(lines(validate(Files.readString(file), Profile.DEFINITIEF))).isEmpty();
  }

  /** The example with its letter's entries referring as published letters do. */
  private static KamerstukDocument withReferences(String... references) {
    KamerstukDocument d = VoorbeeldFiches.mededeling();
    List<BriefVermelding> entries = new ArrayList<>(d.getBrief().orElseThrow().getVermeldingen());
    int r = 0;
    for (int i = 0; i < entries.size() && r < references.length; i++) {
      if (entries.get(i).getReferentie().isPresent()) {
        entries.set(
            i,
            ImmutableBriefVermelding.copyOf(entries.get(i))
                .withReferentie(Parsed.parse(references[r++], KamerstukReferentie::parse)));
      }
    }
    return ImmutableKamerstukDocument.copyOf(d)
        .withBrief(
            ImmutableAanbiedingsbrief.copyOf(d.getBrief().orElseThrow()).withVermeldingen(entries));
  }

  @Test
  void letterReferencesAsPublishedLettersWriteThemAreRead() {
    // The example is nr. 4412 of a batch of 4411 to 4413.
    KamerstukDocument d =
        withReferences("Kamerstuk 22 112, 4411", "Kamerstukken 22 112 en 34 738, nr. 4413");
    String text = TextWriter.create().write(d);
    assertThat(text)
        .contains("(Kamerstuk 22 112, 4411)")
        .contains("(Kamerstukken 22 112 en 34 738, nr. 4413)");
    assertThat(lines(validate(text, Profile.DEFINITIEF))).isEmpty();
    // A printed typo far from the batch is a warning, never an error.
    String typo =
        TextWriter.create()
            .write(withReferences("Kamerstuk 22 112, 4411", "Kamerstuk 22 112, nr. 5413"));
    assertThat(lines(validate(typo, Profile.DEFINITIEF)))
        .singleElement()
        .asString()
        .startsWith("WARNING BNC-B-006");
  }

  /**
   * A generated valid document with items 4b and 4c replaced, written as text; a footnote only
   * those items referred to is then unreferenced (BNC-N-002), which these tests leave aside.
   */
  private static String withStances(Generatie generatie, String subsidiariteit, String proport) {
    KamerstukDocument d =
        FicheGenerator.withSeed(20_261_204L).validDocument(Sjabloon.WETGEVING, generatie);
    Fiche f = d.getFiches().get(0);
    Fiche changed =
        ImmutableFiche.copyOf(f)
            .withGrondhouding(
                ImmutableGrondhouding.copyOf(f.getGrondhouding().orElseThrow())
                    .withSubsidiariteit(GrondhoudingOnderdeel.of(subsidiariteit))
                    .withProportionaliteit(GrondhoudingOnderdeel.of(proport)));
    return TextWriter.create().write(ImmutableKamerstukDocument.copyOf(d).withFiches(changed));
  }

  @Test
  void stanceSentencesAsPublishedFichesWriteThemGiveNoIssue() {
    String older =
        withStances(
            Generatie.G2013,
            "Het kabinet heeft een positieve grondhouding ten aanzien van de subsidiariteit: de"
                + " lidstaten kunnen dit doel niet elk alleen bereiken.",
            "De grondhouding ten aanzien van de proportionaliteit is eveneens positief.");
    assertThat(older).contains("is eveneens positief.");
    assertThat(lines(validate(older, Profile.DEFINITIEF)))
        .noneMatch(i -> i.contains("BNC-C-") || i.contains("BNC-V-008"));
    String recent =
        withStances(
            Generatie.G2025,
            "De grondhouding van het kabinet is positief, met kanttekeningen. De lidstaten kunnen"
                + " dit doel niet elk alleen bereiken.",
            "De grondhouding van het kabinet is overwegend positief. De maatregelen zijn beperkt.");
    assertThat(lines(validate(recent, Profile.DEFINITIEF)))
        .noneMatch(i -> i.contains("BNC-C-") || i.contains("BNC-V-008") || i.startsWith("ERROR"));
  }

  @Test
  void aLetterInPlaceOfAFicheIsNoBrokenFiche() {
    String text =
        """
        22 112 Nieuwe Commissievoorstellen en initiatieven van de lidstaten van de Europese Unie
        Nr. 9001 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN
        Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
        Den Haag, 12 maart 2026
        Met deze brief informeer ik u, in plaats van een BNC-fiche, over het witboek over de \
        binnenvaart.
        Het kabinet verwelkomt het witboek en volgt de uitwerking.
        De Minister van Buitenlandse Zaken,
        A.B. Voorbeeld
        """;
    assertThat(lines(validate(text, Profile.DEFINITIEF)))
        .singleElement()
        .asString()
        .startsWith("INFO BNC-B-008 /brief");
  }
}
