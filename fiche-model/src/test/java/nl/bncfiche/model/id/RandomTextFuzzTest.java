package nl.bncfiche.model.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Random text built from the characters identifiers are made of: every parser either returns a
 * value whose canonical form parses back to it, or throws {@link IdentifierParseException} with a
 * position inside the text; the searches never throw. The seed is random per run unless the system
 * property {@code bncfiche.seed} sets it.
 */
class RandomTextFuzzTest {
  private static final long SEED = Long.getLong("bncfiche.seed", new Random().nextLong());
  private static final String[] PIECES = {
    "COM",
    "JOIN",
    "SWD",
    "SEC",
    "C",
    "(",
    ")",
    "/",
    ":",
    " ",
    "\u00a0",
    "\u2013",
    "-",
    ",",
    ";",
    ".",
    " en ",
    "final",
    "FIN",
    "definitief",
    "2025",
    "2008",
    "0743",
    "7",
    "12",
    "CELEX",
    "%3A",
    "DC",
    "PC",
    "R(01)",
    "5",
    "3",
    "H",
    "COD",
    "nr.",
    "Kamerstuk",
    "Kamerstukken II",
    "22 112",
    "kst",
    "GX",
    "V",
    "d.d.",
    "december",
    "dec.",
    "juni",
    "februari",
    "29",
    "31",
    "0",
    "x",
    "é",
    "\u0663"
  };

  private final Random random = new Random(SEED);

  @Test
  void parsersAnswerEveryTextWithAValueOrAPositionedError() {
    List<Function<String, Object>> parsers =
        List.of(
            CommissieDocument::parse,
            CommissieDocument::parseList,
            CelexNummer::parse,
            ProcedureNummer::parse,
            KamerstukReferentie::parse,
            NederlandseDatum::parse);
    List<Function<String, Object>> reparsers =
        List.of(
            CommissieDocument::of,
            CommissieDocument::parseList,
            CelexNummer::of,
            ProcedureNummer::of,
            KamerstukReferentie::of,
            NederlandseDatum::of);
    for (int i = 0; i < 20_000; i++) {
      String text = randomText();
      for (int p = 0; p < parsers.size(); p++) {
        Object value;
        try {
          value = parsers.get(p).apply(text);
        } catch (IdentifierParseException e) {
          assertThat(e.getError().getPosition())
              .as("seed %d, text '%s'", SEED, text)
              .isBetween(0, text.length());
          continue;
        }
        String canonical = value instanceof List ? join((List<?>) value) : value.toString();
        assertThat(reparsers.get(p).apply(canonical))
            .as("seed %d, text '%s'", SEED, text)
            .isEqualTo(value);
      }
      CommissieDocument.findAll(text);
      CelexNummer.find(text);
    }
  }

  private static String join(List<?> values) {
    StringBuilder b = new StringBuilder();
    for (Object v : values) {
      b.append(b.length() == 0 ? "" : ", ").append(v);
    }
    return b.toString();
  }

  private String randomText() {
    StringBuilder b = new StringBuilder();
    int n = random.nextInt(8);
    for (int i = 0; i < n; i++) {
      b.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return b.toString();
  }
}
