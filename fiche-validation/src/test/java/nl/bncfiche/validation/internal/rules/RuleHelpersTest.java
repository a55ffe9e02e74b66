package nl.bncfiche.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import nl.bncfiche.model.EurLexVerwijzing;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.VoorstelSoort;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.validation.internal.Timing;
import nl.bncfiche.validation.internal.Vocabulary;
import org.junit.jupiter.api.Test;

class RuleHelpersTest {
  @Test
  void daysWithoutTheSummerRecess() {
    // 2026: the Monday of ISO week 31 is 27 July; the recess runs to Sunday 23 August.
    assertThat(Timing.defaultRecess(2026))
        .isEqualTo(new Timing.Recess(LocalDate.of(2026, 7, 27), LocalDate.of(2026, 8, 23)));
    // The European Parliament's summer recess of 2023 (31 July to 27 August) and 2008.
    assertThat(Timing.defaultRecess(2023).first()).isEqualTo(LocalDate.of(2023, 7, 31));
    assertThat(Timing.defaultRecess(2008).last()).isEqualTo(LocalDate.of(2008, 8, 24));
    assertThat(TimingRules.countedDays(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 4, 20)))
        .isEqualTo(35);
    assertThat(TimingRules.countedDays(LocalDate.of(2026, 7, 20), LocalDate.of(2026, 9, 15)))
        .isEqualTo(57 - 28);
    assertThat(TimingRules.countedDays(LocalDate.of(2026, 7, 26), LocalDate.of(2026, 7, 27)))
        .isZero();
    assertThat(TimingRules.countedDays(LocalDate.of(2026, 7, 26), LocalDate.of(2026, 8, 23)))
        .isZero();
    assertThat(TimingRules.countedDays(LocalDate.of(2026, 8, 23), LocalDate.of(2026, 8, 24)))
        .isEqualTo(1);
    // The August days after the recess count: the agreement leaves out four weeks, not a month.
    assertThat(TimingRules.countedDays(LocalDate.of(2026, 8, 24), LocalDate.of(2026, 8, 31)))
        .isEqualTo(7);
    assertThat(TimingRules.countedDays(LocalDate.of(2025, 12, 1), LocalDate.of(2027, 1, 1)))
        .isEqualTo(396 - 28);
    assertThat(TimingRules.countedDays(LocalDate.of(2026, 4, 20), LocalDate.of(2026, 3, 16)))
        .isZero();
    assertThat(TimingRules.countedDays(LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 20)))
        .isZero();
    // A recess the caller sets for a year replaces the default of that year only.
    Timing later =
        new Timing(
            Map.of(2026, new Timing.Recess(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 30))),
            false,
            null,
            null);
    assertThat(later.countedDays(LocalDate.of(2026, 7, 26), LocalDate.of(2026, 8, 2))).isEqualTo(7);
    assertThat(later.countedDays(LocalDate.of(2025, 7, 20), LocalDate.of(2025, 9, 15)))
        .isEqualTo(57 - 28);
  }

  @Test
  void futureDates() {
    LocalDate today = LocalDate.of(2026, 6, 1);
    assertThat(FormatRules.inFuture(NederlandseDatum.of(today), today)).isFalse();
    assertThat(FormatRules.inFuture(NederlandseDatum.of(today.plusDays(1)), today)).isTrue();
    assertThat(FormatRules.inFuture(NederlandseDatum.of(YearMonth.of(2026, 6)), today)).isFalse();
    assertThat(FormatRules.inFuture(NederlandseDatum.of(YearMonth.of(2026, 7)), today)).isTrue();
  }

  @Test
  void kamerstukNumbersAndDossiers() {
    assertThat(FormatRules.isKamerstukNummer("4243")).isTrue();
    assertThat(FormatRules.isKamerstukNummer("GX")).isTrue();
    assertThat(FormatRules.isKamerstukNummer("ABCD")).isTrue();
    assertThat(FormatRules.isKamerstukNummer("ABCDE")).isFalse();
    assertThat(FormatRules.isKamerstukNummer("123456")).isTrue();
    assertThat(FormatRules.isKamerstukNummer("1234567")).isFalse();
    assertThat(FormatRules.isKamerstukNummer("12a")).isFalse();
    assertThat(FormatRules.isKamerstukNummer("gx")).isFalse();
    assertThat(FormatRules.isKamerstukNummer("")).isFalse();
    assertThat(FormatRules.isKamerstukNummer("@")).isFalse();
    assertThat(FormatRules.isKamerstukNummer("[")).isFalse();
    assertThat(FormatRules.isKamerstukNummer("/")).isFalse();
    assertThat(FormatRules.isKamerstukNummer(":")).isFalse();
    assertThat(CoverLetterRules.isBncDossier("22 112")).isTrue();
    assertThat(CoverLetterRules.isBncDossier("22112")).isTrue();
    assertThat(CoverLetterRules.isBncDossier("22.112")).isTrue();
    assertThat(CoverLetterRules.isBncDossier("22\u00a0112")).isTrue();
    assertThat(CoverLetterRules.isBncDossier("21 501-20")).isFalse();
    assertThat(CoverLetterRules.isBncDossier("22 113")).isFalse();
  }

  @Test
  void malformedCelexTokens() {
    assertThat(
            FormatRules.malformedCelex(EurLexVerwijzing.of("EUR-Lex - 52025DC0743 - EN - EUR-Lex")))
        .isEmpty();
    assertThat(
            FormatRules.malformedCelex(EurLexVerwijzing.of("EUR-Lex \u2013 5202X0743 \u2013 EN")))
        .contains("5202X0743");
    assertThat(FormatRules.malformedCelex(EurLexVerwijzing.of("EUR-Lex link"))).isEmpty();
    assertThat(FormatRules.malformedCelex(EurLexVerwijzing.of("EUR-Lex"))).isEmpty();
    assertThat(FormatRules.malformedCelex(EurLexVerwijzing.of("EUR-Lex - C2025X")))
        .contains("C2025X");
    assertThat(FormatRules.malformedCelex(EurLexVerwijzing.of("EUR-Lex - CX"))).isEmpty();
    assertThat(FormatRules.malformedCelex(EurLexVerwijzing.of("EUR-Lex - E"))).isEmpty();
    assertThat(
            FormatRules.malformedCelex(
                EurLexVerwijzing.of("https://eur-lex.europa.eu/?uri=CELEX:52025DC0743")))
        .isEmpty();
    assertThat(
            FormatRules.malformedCelex(
                EurLexVerwijzing.of("https://eur-lex.europa.eu/?uri=CELEX%3A52025DCX")))
        .contains("52025DCX");
    assertThat(FormatRules.malformedCelex(EurLexVerwijzing.of("celex:(x)"))).contains("(x)");
    assertThat(FormatRules.malformedCelex(EurLexVerwijzing.of("CELEX-nummer onbekend"))).isEmpty();
    assertThat(FormatRules.malformedCelex(EurLexVerwijzing.of("CELEX:"))).isEmpty();
    assertThat(
            FormatRules.malformedCelex(
                EurLexVerwijzing.of(
                    "https://data.consilium.europa.eu/doc/document/ST-1-2025-INIT/nl/pdf")))
        .isEmpty();
    assertThat(FormatRules.malformedCelex(EurLexVerwijzing.of("EUR-Lex - " + "9".repeat(3000))))
        .contains("9".repeat(40));
  }

  @Test
  void expectedCelexTypes() {
    nl.bncfiche.model.ImmutableFiche f = Fiche.builder().build();
    Optional<CommissieDocument> none = Optional.empty();
    Optional<CommissieDocument> join = Optional.of(CommissieDocument.parse("JOIN(2023) 20"));
    Optional<CommissieDocument> com = Optional.of(CommissieDocument.parse("COM(2023) 20"));
    assertThat(ConsistencyRules.expectedType(f, none)).isEmpty();
    assertThat(ConsistencyRules.expectedType(f, join)).contains("JC");
    assertThat(ConsistencyRules.expectedType(f.withSjabloon(Sjabloon.WETGEVING), com))
        .contains("PC");
    assertThat(ConsistencyRules.expectedType(f.withSjabloon(Sjabloon.MEDEDELING), com))
        .contains("DC");
    for (VoorstelSoort s : VoorstelSoort.values()) {
      Optional<String> t =
          ConsistencyRules.expectedType(f.withSoort(s).withSjabloon(Sjabloon.WETGEVING), com);
      switch (s) {
        case VERORDENING, RICHTLIJN, BESLUIT -> assertThat(t).contains("PC");
        case MEDEDELING, AANBEVELING -> assertThat(t).contains("DC");
        case GEZAMENLIJKE_MEDEDELING -> assertThat(t).contains("JC");
        default -> assertThat(t).isEmpty();
      }
    }
  }

  private static Fiche empty() {
    return Fiche.builder().build();
  }

  @Test
  void proceduresAndSplitValues() {
    assertThat(PlausibilityRules.namesProcedure("Gewone wetgevingsprocedure")).isTrue();
    assertThat(PlausibilityRules.namesProcedure("Bijzondere procedure")).isTrue();
    assertThat(PlausibilityRules.namesProcedure("Unanimiteit")).isFalse();
    Vocabulary r = Vocabulary.RAADSFORMATIES;
    assertThat(PlausibilityRules.knownAll(r, "Raad Milieu en Raad Landbouw en Visserij")).isTrue();
    assertThat(PlausibilityRules.knownAll(r, "Raad Milieu, Raad Algemene Zaken")).isTrue();
    assertThat(PlausibilityRules.knownAll(r, "Raad Milieu / Ecofin")).isTrue();
    assertThat(PlausibilityRules.knownAll(r, "Raad Milieu; Raad Ruimtevaart")).isFalse();
    assertThat(PlausibilityRules.knownAll(r, "Raad Ruimtevaart")).isFalse();
    assertThat(PlausibilityRules.knownAll(r, "Raad Milieu;")).isTrue();
    assertThat(PlausibilityRules.knownAll(r, "Raad Milieu en Raad " + "x".repeat(1000))).isFalse();
    assertThat(empty().getTitel()).isEmpty();
  }
}
