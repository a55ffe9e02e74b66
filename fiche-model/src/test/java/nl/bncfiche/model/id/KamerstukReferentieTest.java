package nl.bncfiche.model.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KamerstukReferentieTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Kamerstuk 22 112, nr. 4239                  | 22112 | ''  | 4239 | 22 112    | Kamerstuk 22 112, nr. 4239
      Kamerstuk 22112, nr. 1998                   | 22112 | ''  | 1998 | 22 112    | Kamerstuk 22 112, nr. 1998
      22112, nr. 1998                             | 22112 | ''  | 1998 | 22 112    | Kamerstuk 22 112, nr. 1998
      Kamerstuk 22112-4030                        | 22112 | ''  | 4030 | 22 112    | Kamerstuk 22 112, nr. 4030
      22 112, nr. GX                              | 22112 | ''  | GX   | 22 112    | Kamerstuk 22 112, nr. GX
      kst-22112-3791                              | 22112 | ''  | 3791 | 22 112    | Kamerstuk 22 112, nr. 3791
      Kamerstuk 34 965, nr. 2                     | 34965 | ''  | 2    | 34 965    | Kamerstuk 34 965, nr. 2
      Kamerstuk 21 501-20, nr. 1742               | 21501 | 20  | 1742 | 21 501-20 | Kamerstuk 21 501-20, nr. 1742
      Kamerstukken 22 112, nr. 4239               | 22112 | ''  | 4239 | 22 112    | Kamerstuk 22 112, nr. 4239
      Kamerstukken II 2023/24, 22 112, nr. 3791   | 22112 | ''  | 3791 | 22 112    | Kamerstuk 22 112, nr. 3791
      Kamerstukken I 2023-2024, 22 112, nr. GX    | 22112 | ''  | GX   | 22 112    | Kamerstuk 22 112, nr. GX
      (Kamerstuk 22 112, nr. 4239)                | 22112 | ''  | 4239 | 22 112    | Kamerstuk 22 112, nr. 4239
      (Kamerstuk 22 112, nr. 4239).               | 22112 | ''  | 4239 | 22 112    | Kamerstuk 22 112, nr. 4239
      (Kamerstuk 22112-4030)                      | 22112 | ''  | 4030 | 22 112    | Kamerstuk 22 112, nr. 4030
      (Kamerstuk 34 965, nr. 2)                   | 34965 | ''  | 2    | 34 965    | Kamerstuk 34 965, nr. 2
      Kamerstuk 22 112, nr. 4239.                 | 22112 | ''  | 4239 | 22 112    | Kamerstuk 22 112, nr. 4239
      kamerstuk 22\\u00a0112,\\u00a0nr.\\u00a04239 | 22112 | ''  | 4239 | 22 112    | Kamerstuk 22 112, nr. 4239
      Kamerstuk 22 112 nr 4239                    | 22112 | ''  | 4239 | 22 112    | Kamerstuk 22 112, nr. 4239
      kst-21501-20-1742                           | 21501 | 20  | 1742 | 21 501-20 | Kamerstuk 21 501-20, nr. 1742
      Kamerstuk 21 501–20, nr. 1742               | 21501 | 20  | 1742 | 21 501-20 | Kamerstuk 21 501-20, nr. 1742
      Kamerstukken II 2022/23, 36 200 V, nr. 3    | 36200 | V   | 3    | 36 200 V  | Kamerstuk 36 200 V, nr. 3
      kst-36200-V-3                               | 36200 | V   | 3    | 36 200 V  | Kamerstuk 36 200 V, nr. 3
      """)
  void parsesEveryRealForm(
      String text, int dossier, String onder, String nummer, String dossierText, String canonical) {
    KamerstukReferentie k =
        KamerstukReferentie.parse(CommissieDocumentTest.unescape(text.replace("\\\\", "\\")));
    assertThat(k.getDossierNumber()).isEqualTo(dossier);
    assertThat(k.getSubNumber().orElse("")).isEqualTo(onder);
    assertThat(k.getNumber()).isEqualTo(nummer);
    assertThat(k.getDossier()).isEqualTo(dossierText);
    assertThat(k).hasToString(canonical);
    assertThat(KamerstukReferentie.parse(k.toString())).isEqualTo(k);
    assertThat(KamerstukReferentie.of(k.toString())).isEqualTo(k).hasSameHashCodeAs(k);
    assertThat(KamerstukReferentie.of(dossier, onder.isEmpty() ? null : onder, nummer))
        .isEqualTo(k);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Kamerstuk 22112, nr. 1998",
        "22 112, nr. 4239",
        "Kamerstuk 22112-4030",
        "kst-22112-3791",
        "Kamerstukken 22 112, nr. 4239",
        "(Kamerstuk 22 112, nr. 4239)",
        "Kamerstuk 22 112, nr. 4239.",
        "Kamerstuk 22 112, nr. gx"
      })
  void strictOfRejectsNonCanonicalForms(String text) {
    assertThatThrownBy(() -> KamerstukReferentie.of(text))
        .isInstanceOf(IdentifierParseException.class)
        .hasMessageContaining("canonical form");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
      ""                            | 0  | a dossier number
      Kamerstuk                     | 9  | a space
      Kamerstuk 22 112              | 16 | ', nr.' or '-'
      Kamerstuk 22 112, 4239        | 18 | 'nr.'
      Kamerstuk 22 112, nr.         | 21 | a number
      Kamerstuk 22 11X, nr. 1       | 12 | ', nr.' or '-'
      Kamerstuk 22X112, nr. 1       | 12 | ', nr.' or '-'
      Kamerstuk 1234567, nr. 1      | 16 | a dossier number of at most six digits
      Kamerstuk 0, nr. 1            | 10 | a dossier number from 1
      (Kamerstuk 22 112, nr. 4239   | 27 | ')'
      Kamerstuk 22 112, nr. 4239 x  | 27 | '.' or the end
      kst-22112-20-1742-3           | 17 | '.' or the end
      kst-22112-20-1742, nr. 3      | 12 | ', nr.'
      Kamerstuk 22 112, nr. 12345678901 | 32 | at most 10 letters and digits
      """)
  void rejectsWithPositionAndExpectation(String text, int position, String expected) {
    assertThatThrownBy(() -> KamerstukReferentie.parse(text))
        .isInstanceOfSatisfying(
            IdentifierParseException.class,
            e ->
                assertThat(e.getError())
                    .isEqualTo(ParseError.of("Kamerstuk reference", position, expected)));
  }

  @Test
  void factoriesAndLimits() {
    assertThat(KamerstukReferentie.of(22112, "4239")).hasToString("Kamerstuk 22 112, nr. 4239");
    assertThat(KamerstukReferentie.of(22112, "gx")).hasToString("Kamerstuk 22 112, nr. GX");
    assertThat(KamerstukReferentie.of(21501, "20", "1742"))
        .hasToString("Kamerstuk 21 501-20, nr. 1742");
    assertThat(KamerstukReferentie.of(9600, "3").getDossier()).isEqualTo("9 600");
    assertThat(KamerstukReferentie.of(123456, "3").getDossier()).isEqualTo("123 456");
    assertThat(KamerstukReferentie.of(112, "3").getDossier()).isEqualTo("112");
    assertThat(KamerstukReferentie.parse("Kamerstuk 9 600, nr. 3").getDossierNumber())
        .isEqualTo(9600);
    assertThatThrownBy(() -> KamerstukReferentie.of(0, "1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KamerstukReferentie.of(22112, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KamerstukReferentie.of(22112, "4 2"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KamerstukReferentie.of(22112, "-", "1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> KamerstukReferentie.parse("Kamerstuk 22 112, nr. 4239" + " ".repeat(175)))
        .isInstanceOfSatisfying(
            IdentifierParseException.class,
            e ->
                assertThat(e.getError())
                    .isEqualTo(
                        ParseError.of("Kamerstuk reference", 200, "at most 200 characters")));
  }

  @Test
  @SuppressWarnings("removal") // the deprecated Dutch accessors stay until their removal
  void theDeprecatedDutchAccessorsGiveTheSameParts() {
    KamerstukReferentie k = KamerstukReferentie.parse("Kamerstuk 21 501-20, nr. 1742");
    assertThat(k.getDossierNummer()).isEqualTo(k.getDossierNumber()).isEqualTo(21501);
    assertThat(k.getOndernummer()).isEqualTo(k.getSubNumber()).contains("20");
    assertThat(k.getNummer()).isEqualTo(k.getNumber()).isEqualTo("1742");
  }
}
