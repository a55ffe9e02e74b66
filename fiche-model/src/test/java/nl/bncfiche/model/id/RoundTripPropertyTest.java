package nl.bncfiche.model.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.bncfiche.model.id.CommissieDocument.Suffix;
import nl.bncfiche.model.id.CommissieDocument.Type;
import org.junit.jupiter.api.Test;

/**
 * Round-trip properties over generated components: {@code parse(toString(x))} and {@code
 * of(toString(x))} give {@code x} back. The seed is random per run unless the system property
 * {@code bncfiche.seed} sets it; a failure message names the seed to rerun with.
 */
class RoundTripPropertyTest {
  private static final int RUNS = 3000;
  private static final long SEED = Long.getLong("bncfiche.seed", new Random().nextLong());
  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String ALNUM = UPPER + "abcdefghijklmnopqrstuvwxyz0123456789";

  private final Random random = new Random(SEED);

  @Test
  void commissieDocument() {
    check(
        () -> {
          CommissieDocument doc =
              CommissieDocument.of(pick(Type.values()), year(), number(999_999_999))
                  .withSuffix(pick(Suffix.values()));
          return random.nextInt(4) == 0 ? doc.withCorrigendum(1 + random.nextInt(999)) : doc;
        },
        CommissieDocument::parse,
        CommissieDocument::of);
  }

  @Test
  void commissieDocumentInLenientSpelling() {
    for (int i = 0; i < RUNS; i++) {
      CommissieDocument doc =
          CommissieDocument.of(pick(Type.values()), year(), number(99_999))
              .withSuffix(pick(Suffix.values()));
      String type =
          random.nextBoolean() ? doc.getType().name() : IdScanner.lower(doc.getType().name());
      String suffix =
          doc.getSuffix() == Suffix.NONE
              ? ""
              : space()
                  + (doc.getSuffix() == Suffix.FINAL
                      ? pick(new String[] {"final", "FINAL", "Final"})
                      : "definitief");
      String text =
          space()
              + type
              + space()
              + "("
              + doc.getYear()
              + ")"
              + space()
              + doc.getNumber()
              + suffix
              + (random.nextBoolean() ? "." : "")
              + space();
      assertThat(CommissieDocument.parse(text)).as("seed %d, text '%s'", SEED, text).isEqualTo(doc);
    }
  }

  @Test
  void celexNummer() {
    char[] sectors = "0123456789CE".toCharArray();
    check(
        () -> {
          String type = letters(1 + random.nextInt(2));
          CelexNummer celex =
              CelexNummer.of(
                  sectors[random.nextInt(sectors.length)], year(), type, random.nextInt(1_000_000));
          return random.nextInt(4) == 0 ? celex.withCorrigendum(1 + random.nextInt(99)) : celex;
        },
        CelexNummer::parse,
        CelexNummer::of);
  }

  @Test
  void procedureNummer() {
    check(
        () -> ProcedureNummer.of(year(), number(9999), letters(3)),
        ProcedureNummer::parse,
        ProcedureNummer::of);
  }

  @Test
  void kamerstukReferentie() {
    check(
        () -> {
          String onder =
              switch (random.nextInt(4)) {
                case 0 -> null;
                case 1 -> Integer.toString(number(99));
                case 2 -> letters(1 + random.nextInt(4));
                default -> alnum(1 + random.nextInt(10));
              };
          String nummer =
              random.nextBoolean() ? Integer.toString(number(9999)) : alnum(1 + random.nextInt(10));
          return KamerstukReferentie.of(number(999_999), onder, nummer);
        },
        KamerstukReferentie::parse,
        KamerstukReferentie::of);
  }

  @Test
  void nederlandseDatum() {
    long first = LocalDate.of(1000, 1, 1).toEpochDay();
    long last = LocalDate.of(9999, 12, 31).toEpochDay();
    check(
        () -> {
          LocalDate date =
              LocalDate.ofEpochDay(first + (long) (random.nextDouble() * (last - first)));
          return random.nextBoolean()
              ? NederlandseDatum.of(date)
              : NederlandseDatum.of(YearMonth.from(date));
        },
        NederlandseDatum::parse,
        NederlandseDatum::of);
  }

  private <T> void check(Supplier<T> generator, Function<String, T> parse, Function<String, T> of) {
    for (int i = 0; i < RUNS; i++) {
      T value = generator.get();
      String text = value.toString();
      assertThat(parse.apply(text)).as("seed %d, parse('%s')", SEED, text).isEqualTo(value);
      assertThat(of.apply(text))
          .as("seed %d, of('%s')", SEED, text)
          .isEqualTo(value)
          .hasSameHashCodeAs(value);
    }
  }

  private int year() {
    return 1000 + random.nextInt(9000);
  }

  private int number(int max) {
    // Mostly small numbers, as in real fiches, with the extremes now and then.
    return random.nextInt(10) == 0
        ? max
        : 1 + random.nextInt(random.nextBoolean() ? Math.min(max, 9999) : max);
  }

  private String space() {
    return pick(new String[] {"", " ", "\u00a0", "  "});
  }

  private String letters(int n) {
    return chars(UPPER, n);
  }

  private String alnum(int n) {
    return chars(ALNUM, n);
  }

  private String chars(String alphabet, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  private <E> E pick(E[] values) {
    return values[random.nextInt(values.length)];
  }
}
