package nl.bncfiche.integration.properties;

import static nl.bncfiche.testing.FicheAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.LongStream;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.rendering.html.HtmlWriter;
import nl.bncfiche.rendering.markdown.MarkdownWriter;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.FicheGenerator;
import nl.bncfiche.validation.FicheValidator;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.ValidationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of generated valid documents over hundreds of seeds: complete under DEFINITIEF, every
 * issue path resolves, text and JSON round trips hold, and rendering never throws.
 */
class GeneratedDocumentPropertiesTest {
  /** After every generated date (the generator stays before 2026-11-01). */
  static final FicheValidator VALIDATOR =
      FicheValidator.builder()
          .clock(Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC))
          .build();

  static LongStream seeds() {
    return Seeds.of(300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedDocumentsAreValid(long seed) {
    KamerstukDocument d = FicheGenerator.withSeed(seed).validDocument();
    assertThat(d).usingValidator(VALIDATOR).as("seed %d", seed).isValid().hasNoIssues();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedFichesAreValidOnTheirOwn(long seed) {
    assertThat(FicheGenerator.withSeed(seed).validFiche())
        .usingValidator(VALIDATOR)
        .as("seed %d", seed)
        .hasNoIssues();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void validatorNeverThrowsAndPathsResolve(long seed) {
    KamerstukDocument d = FicheGenerator.withSeed(seed).validDocument();
    for (Profile p : Profile.values()) {
      ValidationReport[] report = new ValidationReport[1];
      assertThatCode(() -> report[0] = VALIDATOR.validate(d, p))
          .as("seed %d, %s", seed, p)
          .doesNotThrowAnyException();
      Pointers.assertAllResolve(d, report[0], seed);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void textRoundTrip(long seed) {
    KamerstukDocument d = FicheGenerator.withSeed(seed).validDocument();
    String text = TextWriter.create().write(d);
    assertThat(TextReader.create().read(text).getDocument()).as("seed %d", seed).isEqualTo(d);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void jsonRoundTrip(long seed) {
    KamerstukDocument d = FicheGenerator.withSeed(seed).validDocument();
    FicheJson json = FicheJson.create();
    assertThat(json.read(json.write(d))).as("seed %d", seed).isEqualTo(d);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void renderingNeverThrows(long seed) {
    KamerstukDocument d = FicheGenerator.withSeed(seed).validDocument();
    assertThatCode(
            () -> {
              assertThat(TextWriter.create().write(d)).isNotEmpty();
              assertThat(MarkdownWriter.create().write(d)).isNotEmpty();
              assertThat(HtmlWriter.create().write(d)).isNotEmpty();
            })
        .as("seed %d", seed)
        .doesNotThrowAnyException();
  }
}
