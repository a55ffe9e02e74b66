package nl.bncfiche.model.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link Parsed#parse}: lenient about what a reader cannot see, exact about where errors are. */
class ParsedTest {
  @Test
  void softHyphensDoNotStopAValueFromParsing() {
    Parsed<NederlandseDatum> date = Parsed.parse("12 fe\u00adbruari 2026", NederlandseDatum::parse);
    assertThat(date.getValue().flatMap(NederlandseDatum::getDate))
        .contains(LocalDate.of(2026, 2, 12));
    Parsed<CommissieDocument> com =
        Parsed.parse("COM(2025) 7\u00ad43 final", CommissieDocument::parse);
    assertThat(com.getValue()).contains(CommissieDocument.parse("COM(2025) 743 final"));
    Parsed<ProcedureNummer> procedure =
        Parsed.parse("2025/01\u00ad31(COD)", ProcedureNummer::parse);
    assertThat(procedure.isParsed()).isTrue();
  }

  @Test
  void aValueThatDoesNotParseKeepsItsTextAndTheErrorOfThatText() {
    String written = "12 fe\u00adbruarie 2026";
    Parsed<NederlandseDatum> bad = Parsed.parse(written, NederlandseDatum::parse);
    assertThat(bad.isParsed()).isFalse();
    assertThat(bad.getText()).isEqualTo(written);
    IdentifierParseException direct =
        org.junit.jupiter.api.Assertions.assertThrows(
            IdentifierParseException.class, () -> NederlandseDatum.parse(written));
    assertThat(bad.getError()).contains(direct.getError());
  }
}
