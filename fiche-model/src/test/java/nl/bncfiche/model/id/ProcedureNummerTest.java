package nl.bncfiche.model.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProcedureNummerTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      2025/0131(COD)       | 2025 | 131 | COD | 2025/0131(COD)
      2018/0198 (COD)      | 2018 | 198 | COD | 2018/0198(COD)
      (COD 2008/0222)      | 2008 | 222 | COD | 2008/0222(COD)
      COD 2008/0222        | 2008 | 222 | COD | 2008/0222(COD)
      2008/222(cod)        | 2008 | 222 | COD | 2008/0222(COD)
      2023/0077(NLE).      | 2023 | 77  | NLE | 2023/0077(NLE)
      '  2024/0001 ( CNS ) ' | 2024 | 1 | CNS | 2024/0001(CNS)
      """)
  void parsesEveryRealForm(String text, int year, int number, String type, String canonical) {
    ProcedureNummer p = ProcedureNummer.parse(text);
    assertThat(p.getYear()).isEqualTo(year);
    assertThat(p.getNumber()).isEqualTo(number);
    assertThat(p.getType()).isEqualTo(type);
    assertThat(p).hasToString(canonical);
    assertThat(ProcedureNummer.parse(p.toString())).isEqualTo(p);
    assertThat(ProcedureNummer.of(p.toString())).isEqualTo(p).hasSameHashCodeAs(p);
    assertThat(ProcedureNummer.of(year, number, type)).isEqualTo(p);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2018/0198 (COD)",
        "(COD 2008/0222)",
        "COD 2008/0222",
        "2008/222(COD)",
        "2008/0222(cod)",
        "2008/0222(COD)."
      })
  void strictOfRejectsNonCanonicalForms(String text) {
    assertThatThrownBy(() -> ProcedureNummer.of(text))
        .isInstanceOf(IdentifierParseException.class)
        .hasMessageContaining("canonical form");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
      ""                  | 0  | a four-digit year
      2025-0131(COD)      | 4  | '/'
      20X5/0131(COD)      | 2  | a four-digit year
      2025/0131           | 9  | '('
      2025/0131 COD       | 10 | '('
      2025/0131(CO)       | 12 | a three-letter procedure type such as COD
      2025/0131(CODE)     | 13 | a three-letter procedure type
      2025/0131(COD       | 13 | ')'
      2025/12345(COD)     | 9  | at most 4 digits
      2025/0000(COD)      | 5  | a procedure number from 1
      (2025/0131)         | 1  | a three-letter procedure type such as COD
      (COD 2025/0131      | 14 | ')'
      COD2025/0131        | 3  | a space
      2025/0131(COD) x    | 15 | the end
      """)
  void rejectsWithPositionAndExpectation(String text, int position, String expected) {
    assertThatThrownBy(() -> ProcedureNummer.parse(text))
        .isInstanceOfSatisfying(
            IdentifierParseException.class,
            e ->
                assertThat(e.getError())
                    .isEqualTo(ParseError.of("procedure number", position, expected)));
  }

  @Test
  void rejectsTooLongInputAndBadComponents() {
    assertThatThrownBy(() -> ProcedureNummer.parse("2025/0131(COD)" + "\u00a0".repeat(187)))
        .isInstanceOfSatisfying(
            IdentifierParseException.class,
            e ->
                assertThat(e.getError())
                    .isEqualTo(ParseError.of("procedure number", 200, "at most 200 characters")));
    assertThatThrownBy(() -> ProcedureNummer.of(2025, 0, "COD"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProcedureNummer.of(2025, 10000, "COD"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProcedureNummer.of(2025, 1, "CO"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProcedureNummer.of(25, 1, "COD"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ProcedureNummer.of(2025, 1, "cod")).hasToString("2025/0001(COD)");
  }
}
