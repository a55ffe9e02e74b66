package nl.bncfiche.model.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NederlandseDatumTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      4 december 2025      | 2025-12-04 | 4 december 2025
      4 December 2025      | 2025-12-04 | 4 december 2025
      04 december 2025     | 2025-12-04 | 4 december 2025
      4 dec. 2025          | 2025-12-04 | 4 december 2025
      4 dec 2025           | 2025-12-04 | 4 december 2025
      4 DEC 2025.          | 2025-12-04 | 4 december 2025
      13 sept. 2024        | 2024-09-13 | 13 september 2024
      13 sep 2024          | 2024-09-13 | 13 september 2024
      1 mrt. 2024          | 2024-03-01 | 1 maart 2024
      2 okt 2023           | 2023-10-02 | 2 oktober 2023
      17 febr. 2023        | 2023-02-17 | 17 februari 2023
      29 februari 2024     | 2024-02-29 | 29 februari 2024
      d.d. 30 januari 2026 | 2026-01-30 | 30 januari 2026
      D.d. 30 januari 2026 | 2026-01-30 | 30 januari 2026
      2025-12-04           | 2025-12-04 | 4 december 2025
      juni 2018            | 2018-06    | juni 2018
      juni 2018.           | 2018-06    | juni 2018
      Juni 2018            | 2018-06    | juni 2018
      mei 2019             | 2019-05    | mei 2019
      2018-06              | 2018-06    | juni 2018
      '  4\\u00a0december\\u00a02025 ' | 2025-12-04 | 4 december 2025
      """)
  void parsesEveryRealForm(String text, String iso, String canonical) {
    NederlandseDatum d =
        NederlandseDatum.parse(CommissieDocumentTest.unescape(text.replace("\\\\", "\\")));
    assertThat(d.toIso()).isEqualTo(iso);
    assertThat(d).hasToString(canonical);
    assertThat(d.isMonthOnly()).isEqualTo(iso.length() == 7);
    if (d.isMonthOnly()) {
      assertThat(d.getDate()).isEmpty();
      assertThat(d).isEqualTo(NederlandseDatum.of(YearMonth.parse(iso)));
    } else {
      assertThat(d.getDate()).contains(LocalDate.parse(iso));
      assertThat(d).isEqualTo(NederlandseDatum.of(LocalDate.parse(iso)));
      assertThat(d.getYearMonth()).isEqualTo(YearMonth.from(LocalDate.parse(iso)));
    }
    assertThat(NederlandseDatum.parse(d.toString())).isEqualTo(d);
    assertThat(NederlandseDatum.of(d.toString())).isEqualTo(d).hasSameHashCodeAs(d);
  }

  @Test
  void writesEveryMonthInDutch() {
    List<String> names = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      names.add(NederlandseDatum.of(YearMonth.of(2025, m)).toString());
    }
    assertThat(names)
        .containsExactly(
            "januari 2025",
            "februari 2025",
            "maart 2025",
            "april 2025",
            "mei 2025",
            "juni 2025",
            "juli 2025",
            "augustus 2025",
            "september 2025",
            "oktober 2025",
            "november 2025",
            "december 2025");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4 December 2025",
        "04 december 2025",
        "4 dec. 2025",
        "2025-12-04",
        "2018-06",
        "juni 2018.",
        "d.d. 4 december 2025",
        " juni 2018"
      })
  void strictOfRejectsNonCanonicalForms(String text) {
    assertThatThrownBy(() -> NederlandseDatum.of(text))
        .isInstanceOf(IdentifierParseException.class)
        .hasMessageContaining("canonical form");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
      ""                  | 0  | a day or a month name
      31 februari 2025    | 0  | a day from 1 to 28 in februari 2025
      29 februari 2025    | 0  | a day from 1 to 28 in februari 2025
      d.d. 31 april 2025  | 5  | a day from 1 to 30 in april 2025
      0 mei 2025          | 0  | a day from 1 to 31 in mei 2025
      2025-13-01          | 5  | a month from 01 to 12
      2025-00             | 5  | a month from 01 to 12
      2025-02-30          | 8  | a day from 1 to 28 in februari 2025
      2025-2-3            | 6  | a two-digit month
      4 decembre 2025     | 2  | a month name
      4 december 25       | 13 | a four-digit year
      4 december 20X5     | 13 | a four-digit year
      4december 2025      | 1  | a space
      123 december 2025   | 2  | at most 2 digits
      juni 2018 x         | 10 | the end
      juni2018            | 4  | a space
      """)
  void rejectsWithPositionAndExpectation(String text, int position, String expected) {
    assertThatThrownBy(() -> NederlandseDatum.parse(text))
        .isInstanceOfSatisfying(
            IdentifierParseException.class,
            e ->
                assertThat(e.getError())
                    .isEqualTo(ParseError.of("Dutch date", position, expected)));
  }

  @Test
  void rejectsTooLongInput() {
    assertThatThrownBy(() -> NederlandseDatum.parse("4 december 2025" + " ".repeat(186)))
        .isInstanceOfSatisfying(
            IdentifierParseException.class,
            e ->
                assertThat(e.getError())
                    .isEqualTo(ParseError.of("Dutch date", 200, "at most 200 characters")));
  }

  @Test
  void ordersMonthOnlyDatesBeforeTheDaysOfTheirMonth() {
    NederlandseDatum juni = NederlandseDatum.parse("juni 2018");
    NederlandseDatum eersteJuni = NederlandseDatum.parse("1 juni 2018");
    NederlandseDatum mei = NederlandseDatum.parse("31 mei 2018");
    List<NederlandseDatum> dates = new ArrayList<>(List.of(eersteJuni, juni, mei));
    dates.sort(null);
    assertThat(dates).containsExactly(mei, juni, eersteJuni);
    assertThat(juni).isNotEqualTo(eersteJuni);
    assertThat(juni.compareTo(NederlandseDatum.of(YearMonth.of(2018, 6)))).isZero();
  }
}
