package nl.bncfiche.model.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile input must be answered promptly: rejected by length, or scanned in linear time. */
class PathologicalInputTest {
  private static final Duration GENEROUS = Duration.ofSeconds(5);
  private static final List<String> HOSTILE =
      List.of(
          "COM(".repeat(100_000),
          "1".repeat(100_000),
          "(".repeat(100_000),
          " ".repeat(100_000),
          "\u00a0".repeat(100_000) + "COM(2025) 1",
          "Kamerstuk 22 112".repeat(10_000),
          "52025DC".repeat(20_000),
          "4 december ".repeat(10_000),
          "SWD(2023) 1" + ", 2".repeat(50_000),
          "COM(2025) 1 final/".repeat(10_000));

  static Stream<Arguments> parsers() {
    return Stream.of(
        Arguments.of(
            "CommissieDocument.parse", (Function<String, Object>) CommissieDocument::parse),
        Arguments.of("CommissieDocument.of", (Function<String, Object>) CommissieDocument::of),
        Arguments.of(
            "CommissieDocument.parseList", (Function<String, Object>) CommissieDocument::parseList),
        Arguments.of("CelexNummer.parse", (Function<String, Object>) CelexNummer::parse),
        Arguments.of("ProcedureNummer.parse", (Function<String, Object>) ProcedureNummer::parse),
        Arguments.of(
            "KamerstukReferentie.parse", (Function<String, Object>) KamerstukReferentie::parse),
        Arguments.of("NederlandseDatum.parse", (Function<String, Object>) NederlandseDatum::parse));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void rejectsHugeInputByLengthAlone(String name, Function<String, Object> parser) {
    assertTimeoutPreemptively(
        GENEROUS,
        () -> {
          for (String text : HOSTILE) {
            int limit = name.endsWith("parseList") ? 2000 : 200;
            assertThatThrownBy(() -> parser.apply(text))
                .isInstanceOfSatisfying(
                    IdentifierParseException.class,
                    e -> assertThat(e.getError().getPosition()).isEqualTo(limit));
          }
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void rejectsHostileInputWithinTheLimitPromptly(String name, Function<String, Object> parser) {
    assertTimeoutPreemptively(
        GENEROUS,
        () -> {
          for (String text : HOSTILE) {
            String cut = text.substring(0, Math.min(text.length(), 200));
            try {
              parser.apply(cut);
            } catch (IdentifierParseException expected) {
              assertThat(expected.getError().getPosition()).isBetween(0, 200);
            }
          }
        });
  }

  @Test
  void searchesHugeFreeTextInLinearTime() {
    assertTimeoutPreemptively(
        GENEROUS,
        () -> {
          for (String text : HOSTILE) {
            CommissieDocument.findAll(text);
            CelexNummer.find(text);
          }
          assertThat(CommissieDocument.findAll("COM(".repeat(100_000))).isEmpty();
          assertThat(CelexNummer.find("1".repeat(100_000))).isEmpty();
          assertThat(CommissieDocument.findAll("SWD(2023) 1" + ", 2".repeat(50_000))).hasSize(2);
          assertThat(CelexNummer.find("x ".repeat(50_000) + "52025DC0743"))
              .contains(CelexNummer.of("52025DC0743"));
        });
  }
}
