package nl.bncfiche.model.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.bncfiche.model.id.CommissieDocument.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CelexNummerTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      52025DC0743          | 5 | 2025 | DC | 0743 | 743  | ''    | 52025DC0743
      52025PC0784          | 5 | 2025 | PC | 0784 | 784  | ''    | 52025PC0784
      52023JC0020          | 5 | 2023 | JC | 0020 | 20   | ''    | 52023JC0020
      52015SC0139          | 5 | 2015 | SC | 0139 | 139  | ''    | 52015SC0139
      32025H1099           | 3 | 2025 | H  | 1099 | 1099 | ''    | 32025H1099
      52025PC0502R(01)     | 5 | 2025 | PC | 0502 | 502  | R(01) | 52025PC0502R(01)
      52025pc0502r(01)     | 5 | 2025 | PC | 0502 | 502  | R(01) | 52025PC0502R(01)
      52025dc0743          | 5 | 2025 | DC | 0743 | 743  | ''    | 52025DC0743
      CELEX:52025DC0743    | 5 | 2025 | DC | 0743 | 743  | ''    | 52025DC0743
      celex:52025DC0743    | 5 | 2025 | DC | 0743 | 743  | ''    | 52025DC0743
      CELEX%3A52025DC0743  | 5 | 2025 | DC | 0743 | 743  | ''    | 52025DC0743
      '  52025DC0743  '    | 5 | 2025 | DC | 0743 | 743  | ''    | 52025DC0743
      52025DC743           | 5 | 2025 | DC | 0743 | 743  | ''    | 52025DC0743
      32016R0679           | 3 | 2016 | R  | 0679 | 679  | ''    | 32016R0679
      C2025X12345          | C | 2025 | X  | 12345 | 12345 | ''  | C2025X12345
      """)
  void parsesEveryRealForm(
      String text,
      char sector,
      int year,
      String type,
      String number,
      int numberValue,
      String corrigendum,
      String canonical) {
    CelexNummer celex = CelexNummer.parse(text);
    assertThat(celex.getSector()).isEqualTo(sector);
    assertThat(celex.getYear()).isEqualTo(year);
    assertThat(celex.getDocumentType()).isEqualTo(type);
    assertThat(celex.getNumber()).isEqualTo(number);
    assertThat(celex.getNumberValue()).isEqualTo(numberValue);
    assertThat(celex.getCorrigendum().orElse("")).isEqualTo(corrigendum);
    assertThat(celex).hasToString(canonical);
    assertThat(CelexNummer.parse(celex.toString())).isEqualTo(celex);
    assertThat(CelexNummer.of(celex.toString())).isEqualTo(celex).hasSameHashCodeAs(celex);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "52025dc0743",
        "CELEX:52025DC0743",
        "52025DC743",
        " 52025DC0743",
        "52025PC0502r(01)"
      })
  void strictOfRejectsNonCanonicalForms(String text) {
    assertThatThrownBy(() -> CelexNummer.of(text))
        .isInstanceOf(IdentifierParseException.class)
        .hasMessageContaining("canonical form");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
      ""                 | 0  | a sector (0-9, C or E)
      X2025DC0743        | 0  | a sector (0-9, C or E)
      5202XDC0743        | 4  | a four-digit year
      52025DCX0743       | 7  | a number
      52025 DC0743       | 5  | a document type such as DC or PC
      52025DC            | 7  | a number
      52025DC0743X       | 11 | a digit, a corrigendum such as R(01) or the end
      52025DC0743R(1)    | 14 | a two-digit corrigendum number
      52025DC0743R(01    | 15 | ')'
      52025DC1234567     | 13 | at most 6 digits
      CELEX 52025DC0743  | 6  | ':'
      """)
  void rejectsWithPositionAndExpectation(String text, int position, String expected) {
    assertThatThrownBy(() -> CelexNummer.parse(text))
        .isInstanceOfSatisfying(
            IdentifierParseException.class,
            e ->
                assertThat(e.getError())
                    .isEqualTo(ParseError.of("CELEX number", position, expected)));
  }

  @Test
  void rejectsTooLongInput() {
    assertThatThrownBy(() -> CelexNummer.parse("5".repeat(201)))
        .isInstanceOfSatisfying(
            IdentifierParseException.class,
            e ->
                assertThat(e.getError())
                    .isEqualTo(ParseError.of("CELEX number", 200, "at most 200 characters")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      EUR-Lex - 52025DC0743 - EN - EUR-Lex                                                | 52025DC0743
      EUR-Lex – 52024DC0026 – EN – EUR-Lex (europa.eu)                                    | 52024DC0026
      https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX%3A52023JC0020             | 52023JC0020
      https://eur-lex.europa.eu/legal-content/EN/TXT/PDF/?uri=CELEX:52021PC0752&from=EN   | 52021PC0752
      https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=celex%3a52025pc0502r(01)        | 52025PC0502R(01)
      EUR-Lex 32025H1099 en 52025DC0743                                                  | 32025H1099
      """)
  void findsTheFirstCelexNumber(String text, String expected) {
    assertThat(CelexNummer.find(text)).contains(CelexNummer.of(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Geen",
        "https://data.consilium.europa.eu/doc/document/ST-12755-2023-INIT/nl/pdf",
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CONSIL:ST_12755_2023_INIT",
        "1252025DC0743",
        "52025DC07431234567",
        "X52025DC0743",
        "52025DC0743X",
        "https://eur-lex.europa.eu/legal-con"
      })
  void findsNothingWhereThereIsNoCelexNumber(String text) {
    assertThat(CelexNummer.find(text)).isEmpty();
  }

  @Test
  void factoriesAndPreparatoryActs() {
    assertThat(CelexNummer.of('5', 2025, "DC", 743)).isEqualTo(CelexNummer.of("52025DC0743"));
    assertThat(CelexNummer.of('5', 2025, "PC", 502).withCorrigendum(1))
        .isEqualTo(CelexNummer.of("52025PC0502R(01)"));
    assertThat(
            CelexNummer.voorbereidendeHandeling(
                CommissieDocument.parse("COM(2025) 743 final"), "DC"))
        .hasToString("52025DC0743");
    assertThat(CelexNummer.voorbereidendeHandeling(CommissieDocument.parse("JOIN(2023) 20"), "JC"))
        .hasToString("52023JC0020");
    assertThat(CelexNummer.voorbereidendeHandeling(CommissieDocument.parse("SWD(2015) 139"), "SC"))
        .hasToString("52015SC0139");
    assertThat(
            CelexNummer.voorbereidendeHandeling(
                CommissieDocument.parse("COM(2025) 502 final/2"), "PC"))
        .hasToString("52025PC0502R(01)");
    assertThatThrownBy(
            () ->
                CelexNummer.voorbereidendeHandeling(CommissieDocument.of(Type.C, 2025, 3500), "H"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                CelexNummer.voorbereidendeHandeling(CommissieDocument.of(Type.COM, 2025, 1), "dc"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                CelexNummer.voorbereidendeHandeling(
                    CommissieDocument.of(Type.COM, 2025, 1).withCorrigendum(101), "PC"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            CelexNummer.voorbereidendeHandeling(
                CommissieDocument.of(Type.COM, 2025, 1).withCorrigendum(1), "PC"))
        .hasToString("52025PC0001");
    assertThatThrownBy(() -> CelexNummer.of('X', 2025, "DC", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CelexNummer.of('5', 2025, "DCX", 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
