package nl.bncfiche.model.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.bncfiche.model.id.CommissieDocument.Suffix;
import nl.bncfiche.model.id.CommissieDocument.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommissieDocumentTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      COM(2025) 743 final        | COM  | 2025 | 743  | FINAL      | 0 | COM(2025) 743 final
      COM(2025) 744              | COM  | 2025 | 744  | NONE       | 0 | COM(2025) 744
      COM (2015) 341 final       | COM  | 2015 | 341  | FINAL      | 0 | COM(2015) 341 final
      COM(2018)703               | COM  | 2018 | 703  | NONE       | 0 | COM(2018) 703
      COM(2025) 502 final/2      | COM  | 2025 | 502  | FINAL      | 2 | COM(2025) 502 final/2
      COM/2008/778 definitief    | COM  | 2008 | 778  | DEFINITIEF | 0 | COM(2008) 778 definitief
      COM(2008) 778 definitief   | COM  | 2008 | 778  | DEFINITIEF | 0 | COM(2008) 778 definitief
      COM:2025:501:FIN           | COM  | 2025 | 501  | FINAL      | 0 | COM(2025) 501 final
      COM:2008:0778:FIN          | COM  | 2008 | 778  | FINAL      | 0 | COM(2008) 778 final
      JOIN (2023) 20             | JOIN | 2023 | 20   | NONE       | 0 | JOIN(2023) 20
      JOIN(2023) 20              | JOIN | 2023 | 20   | NONE       | 0 | JOIN(2023) 20
      SWD(2025) 188              | SWD  | 2025 | 188  | NONE       | 0 | SWD(2025) 188
      SEC(2022)546               | SEC  | 2022 | 546  | NONE       | 0 | SEC(2022) 546
      SEC(2022) 546              | SEC  | 2022 | 546  | NONE       | 0 | SEC(2022) 546
      C(2025) 3500               | C    | 2025 | 3500 | NONE       | 0 | C(2025) 3500
      com(2025) 743 FINAL        | COM  | 2025 | 743  | FINAL      | 0 | COM(2025) 743 final
      Com(2025) 743 Final.       | COM  | 2025 | 743  | FINAL      | 0 | COM(2025) 743 final
      swd(2025) 188.             | SWD  | 2025 | 188  | NONE       | 0 | SWD(2025) 188
      '  COM(2025)\u00a0743 final ' | COM | 2025 | 743 | FINAL      | 0 | COM(2025) 743 final
      """)
  void parsesEveryRealForm(
      String text,
      Type type,
      int year,
      int number,
      Suffix suffix,
      int corrigendum,
      String canonical) {
    CommissieDocument doc = CommissieDocument.parse(unescape(text));
    assertThat(doc.getType()).isEqualTo(type);
    assertThat(doc.getYear()).isEqualTo(year);
    assertThat(doc.getNumber()).isEqualTo(number);
    assertThat(doc.getSuffix()).isEqualTo(suffix);
    assertThat(doc.getCorrigendum()).isEqualTo(corrigendum);
    assertThat(doc).hasToString(canonical);
    assertThat(CommissieDocument.parse(doc.toString())).isEqualTo(doc);
    assertThat(CommissieDocument.of(doc.toString())).isEqualTo(doc).hasSameHashCodeAs(doc);
  }

  static String unescape(String s) {
    return s.replace("\\u00a0", "\u00a0");
  }

  @Test
  void factories() {
    CommissieDocument doc = CommissieDocument.of(Type.COM, 2025, 502);
    assertThat(doc).hasToString("COM(2025) 502");
    assertThat(doc.withSuffix(Suffix.FINAL).withCorrigendum(2))
        .hasToString("COM(2025) 502 final/2")
        .isEqualTo(CommissieDocument.parse("COM(2025) 502 final/2"));
    assertThat(doc.withCorrigendum(2)).hasToString("COM(2025) 502/2");
    assertThat(CommissieDocument.parse("COM(2025) 502/2")).isEqualTo(doc.withCorrigendum(2));
    assertThat(doc).isNotEqualTo(doc.withSuffix(Suffix.FINAL));
    assertThatThrownBy(() -> CommissieDocument.of(Type.COM, 999, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CommissieDocument.of(Type.COM, 2025, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> doc.withCorrigendum(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "COM (2015) 341 final",
        "COM(2018)703",
        "COM:2025:501:FIN",
        "com(2025) 744",
        "COM(2025) 744 FINAL",
        "COM(2025) 744.",
        " COM(2025) 744",
        "COM(2025) 0744",
        "COM/2008/778 definitief"
      })
  void strictOfRejectsNonCanonicalForms(String text) {
    assertThatThrownBy(() -> CommissieDocument.of(text))
        .isInstanceOf(IdentifierParseException.class)
        .hasMessageContaining("canonical form");
  }

  @Test
  void strictOfPointsAtFirstDifference() {
    assertThatThrownBy(() -> CommissieDocument.of("COM (2015) 341 final"))
        .isInstanceOfSatisfying(
            IdentifierParseException.class,
            e ->
                assertThat(e.getError())
                    .isEqualTo(
                        ParseError.of(
                            "Commission document", 3, "the canonical form COM(2015) 341 final")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
      ""                      | 0  | a document type (COM, JOIN, SWD, SEC or C)
      "   "                   | 3  | a document type (COM, JOIN, SWD, SEC or C)
      XYZ(2025) 1             | 0  | a document type (COM, JOIN, SWD, SEC or C)
      COM 2025 743            | 4  | '(', '/' or ':'
      COMX(2025) 743          | 3  | '(', '/' or ':'
      COM(20X5) 743           | 6  | a four-digit year
      COM(25) 743             | 6  | a four-digit year
      COM(0999) 743           | 4  | a four-digit year
      COM(2025 743            | 9  | ')'
      COM(20255) 743          | 8  | a four-digit year
      COM/2025) 743           | 8  | '/'
      COM(2025)               | 9  | a document number
      COM(2025) final         | 10 | a document number
      COM(2025) 0             | 10 | a document number from 1
      COM(2025) 1234567890    | 19 | at most 9 digits
      COM(2025) 743 finale    | 14 | 'final', 'definitief' or the end
      COM(2025) 743 final/0   | 20 | a corrigendum number from 1
      COM(2025) 743 final x   | 20 | the end
      """)
  void rejectsWithPositionAndExpectation(String text, int position, String expected) {
    assertThatThrownBy(() -> CommissieDocument.parse(text))
        .isInstanceOfSatisfying(
            IdentifierParseException.class,
            e -> {
              assertThat(e.getError().getIdentifier()).isEqualTo("Commission document");
              assertThat(e.getError().getPosition()).isEqualTo(position);
              assertThat(e.getError().getExpected()).isEqualTo(expected);
            });
  }

  @Test
  void rejectsTooLongInputBeforeReading() {
    String longText = "COM(2025) 743" + " ".repeat(200);
    assertThatThrownBy(() -> CommissieDocument.parse(longText))
        .isInstanceOfSatisfying(
            IdentifierParseException.class,
            e ->
                assertThat(e.getError())
                    .isEqualTo(
                        ParseError.of("Commission document", 200, "at most 200 characters")));
    assertThatThrownBy(() -> CommissieDocument.parseList("C(2025) 1, ".repeat(200)))
        .isInstanceOfSatisfying(
            IdentifierParseException.class,
            e ->
                assertThat(e.getError())
                    .isEqualTo(
                        ParseError.of("Commission document", 2000, "at most 2000 characters")));
    assertThat(CommissieDocument.parse(" ".repeat(186) + "COM(2025) 743"))
        .hasToString("COM(2025) 743");
  }

  @Test
  void parsesLists() {
    assertThat(CommissieDocument.parseList("COM(2025) 501, COM(2025) 502, C(2025) 3500"))
        .extracting(Object::toString)
        .containsExactly("COM(2025) 501", "COM(2025) 502", "C(2025) 3500");
    assertThat(CommissieDocument.parseList("SWD(2023) 289, 290, 291 en SEC (2023) 305"))
        .extracting(Object::toString)
        .containsExactly("SWD(2023) 289", "SWD(2023) 290", "SWD(2023) 291", "SEC(2023) 305");
    assertThat(CommissieDocument.parseList("COM(2025) 501 final; 502 final and JOIN(2025) 7."))
        .extracting(Object::toString)
        .containsExactly("COM(2025) 501 final", "COM(2025) 502 final", "JOIN(2025) 7");
    assertThat(CommissieDocument.parseList("SWD(2025) 501"))
        .extracting(Object::toString)
        .containsExactly("SWD(2025) 501");
  }

  @Test
  void rejectsBadLists() {
    assertThatThrownBy(() -> CommissieDocument.parseList("289, SWD(2023) 290"))
        .isInstanceOfSatisfying(
            IdentifierParseException.class,
            e ->
                assertThat(e.getError())
                    .isEqualTo(
                        ParseError.of(
                            "Commission document",
                            0,
                            "a document type (COM, JOIN, SWD, SEC or C)")));
    assertThatThrownBy(() -> CommissieDocument.parseList("SWD(2023) 289, , 290"))
        .isInstanceOfSatisfying(
            IdentifierParseException.class,
            e ->
                assertThat(e.getError())
                    .isEqualTo(
                        ParseError.of(
                            "Commission document",
                            15,
                            "a document type (COM, JOIN, SWD, SEC or C) or a number")));
    assertThatThrownBy(() -> CommissieDocument.parseList("SWD(2023) 289 of 290"))
        .isInstanceOfSatisfying(
            IdentifierParseException.class,
            e ->
                assertThat(e.getError())
                    .isEqualTo(
                        ParseError.of(
                            "Commission document", 14, "',', ';', 'en', 'and' or the end")));
    assertThatThrownBy(() -> CommissieDocument.parseList("Niet opgesteld."))
        .isInstanceOf(IdentifierParseException.class);
  }

  @Test
  void findsDocumentsInFreeText() {
    assertThat(CommissieDocument.findAll("COM(2025) 501 – Proposal for a Regulation of 2024"))
        .containsExactly(CommissieDocument.of(Type.COM, 2025, 501));
    assertThat(CommissieDocument.findAll("Impact-assessment – SEC(2008) 2860"))
        .containsExactly(CommissieDocument.of(Type.SEC, 2008, 2860));
    assertThat(
            CommissieDocument.findAll(
                "http://eur-lex.europa.eu/LexUriServ/LexUriServ.do?uri=COM:2008:0778:FIN:NL:PDF"))
        .containsExactly(CommissieDocument.parse("COM(2008) 778 final"));
    assertThat(
            CommissieDocument.findAll(
                "Nr. CommissiedocumentCOM(2024) 26 en SWD(2023) 289, 290 en SEC (2023) 305; COM(2024) 26"))
        .extracting(Object::toString)
        .containsExactly("COM(2024) 26", "SWD(2023) 289", "SWD(2023) 290", "SEC(2023) 305");
    assertThat(CommissieDocument.findAll("Nr. Commissiedocument: COM(2024) 26"))
        .extracting(Object::toString)
        .containsExactly("COM(2024) 26");
    assertThat(
            CommissieDocument.findAll(
                "Niet opgesteld. Geen. Commissie (EU) Com. 2025 ecom(2025) 1"))
        .isEmpty();
    assertThat(CommissieDocument.findAll("COM(2025) 501 en 2 andere documenten; SWD(2025) 7, 8."))
        .extracting(Object::toString)
        .containsExactly("COM(2025) 501", "SWD(2025) 7", "SWD(2025) 8");
    assertThat(CommissieDocument.findAll("SWD(2023) 289, 290, 291 en SEC (2023) 305"))
        .extracting(Object::toString)
        .containsExactly("SWD(2023) 289", "SWD(2023) 290", "SWD(2023) 291", "SEC(2023) 305");
    assertThat(CommissieDocument.findAll("")).isEmpty();
    assertThat(CommissieDocument.findAll("COM(2025) 1, COM(2025) 1")).hasSize(1);
  }

  @Test
  void parsedKeepsBadTextAndItsError() {
    Parsed<CommissieDocument> bad = Parsed.parse("  COM(20X5) 743 ", CommissieDocument::parse);
    assertThat(bad.isParsed()).isFalse();
    assertThat(bad.getText()).isEqualTo("COM(20X5) 743");
    assertThat(bad.getError())
        .contains(ParseError.of("Commission document", 6, "a four-digit year"));
    assertThat(bad.getValue()).isEmpty();

    Parsed<CommissieDocument> good = Parsed.parse("COM (2015) 341 final", CommissieDocument::parse);
    assertThat(good.getValue()).contains(CommissieDocument.parse("COM(2015) 341 final"));
    assertThat(good.getText()).isEqualTo("COM(2015) 341 final");
    assertThat(good.getError()).isEmpty();
  }
}
