package nl.bncfiche.integration.properties;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.stream.LongStream;
import nl.bncfiche.model.ImmutableKamerstukDocument;
import nl.bncfiche.model.ImmutableKamerstukKop;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.rendering.html.HtmlWriter;
import nl.bncfiche.rendering.markdown.MarkdownWriter;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.FicheGenerator;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Randomly damaged documents (parts dropped, texts blanked, identifiers garbled): the validator
 * never throws, every issue path resolves in the JSON, and rendering never throws.
 */
class DamagedDocumentPropertiesTest {
  static LongStream seeds() {
    return Seeds.of(400);
  }

  private static KamerstukDocument damaged(long seed) {
    return new Damage(seed).apply(FicheGenerator.withSeed(seed).validDocument());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void validatorNeverThrowsAndPathsResolve(long seed) {
    KamerstukDocument d = damaged(seed);
    for (Profile p : Profile.values()) {
      ValidationReport[] report = new ValidationReport[1];
      assertThatCode(() -> report[0] = GeneratedDocumentPropertiesTest.VALIDATOR.validate(d, p))
          .as("seed %d, %s", seed, p)
          .doesNotThrowAnyException();
      Pointers.assertAllResolve(d, report[0], seed);
      assertThatCode(
              () -> {
                if (report[0].hasIssue("BNC-X-000")) {
                  throw new AssertionError("internal error: " + report[0].issues());
                }
              })
          .as("seed %d, %s", seed, p)
          .doesNotThrowAnyException();
    }
  }

  /**
   * An empty header number or dossier is reported (BNC-F-007, BNC-B-005) at {@code /kop/nummer} or
   * {@code /kop/dossier}; the JSON keeps a present empty value, so those pointers resolve.
   */
  @Test
  void emptyHeaderValuesAreReportedAtPathsThatResolve() {
    KamerstukDocument d = FicheGenerator.withSeed(Seeds.BASE).validDocument();
    KamerstukDocument empty =
        ImmutableKamerstukDocument.copyOf(d)
            .withKop(
                ImmutableKamerstukKop.copyOf(d.getKop().orElseThrow())
                    .withNummer("")
                    .withDossier(""));
    Pointers.assertAllResolve(
        empty,
        GeneratedDocumentPropertiesTest.VALIDATOR.validate(empty, Profile.DEFINITIEF),
        Seeds.BASE);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void renderingNeverThrows(long seed) {
    KamerstukDocument d = damaged(seed);
    assertThatCode(
            () -> {
              TextWriter.create().write(d);
              MarkdownWriter.create().write(d);
              HtmlWriter.create().write(d);
            })
        .as("seed %d", seed)
        .doesNotThrowAnyException();
  }
}
