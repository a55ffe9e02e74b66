package nl.bncfiche.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.time.YearMonth;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.id.ProcedureNummer;
import nl.bncfiche.model.json.FicheJson;
import org.junit.jupiter.api.Test;

/** The short ways to put values into the model and to read the received date out of it. */
class ConvenienceTest {
  private static final LocalDate MEI = LocalDate.of(2026, 5, 12);

  @Test
  void valuesGoInAsTheLongFormsPutThem() {
    assertThat(NederlandseDatum.parsed(MEI)).isEqualTo(Parsed.of(NederlandseDatum.of(MEI)));
    assertThat(NederlandseDatum.parsed("12 mei 2026"))
        .isEqualTo(Parsed.parse("12 mei 2026", NederlandseDatum::parse))
        .isEqualTo(NederlandseDatum.parsed(MEI));
    assertThat(CommissieDocument.parsed("COM(2026) 120 final"))
        .isEqualTo(Parsed.parse("COM(2026) 120 final", CommissieDocument::parse));
    assertThat(ProcedureNummer.parsed("2026/0051(COD)"))
        .isEqualTo(Parsed.parse("2026/0051(COD)", ProcedureNummer::parse));
    // text that does not parse is kept with its reason, never thrown
    Parsed<CommissieDocument> kapot = CommissieDocument.parsed("COM 61");
    assertThat(kapot.isParsed()).isFalse();
    assertThat(kapot.getText()).isEqualTo("COM 61");
    assertThat(kapot.getError()).isPresent();
    assertThat(NederlandseDatum.parsed("31 februari 2026").isParsed()).isFalse();
    assertThatNullPointerException().isThrownBy(() -> NederlandseDatum.parsed((LocalDate) null));
    assertThatNullPointerException().isThrownBy(() -> CommissieDocument.parsed(null));
  }

  @Test
  void theReceivedDateComesOutAsALocalDateWhenThereIsOne() {
    Fiche fiche =
        Fiche.builder()
            .titel("Verordening over dakgoten")
            .algemeneGegevens(
                AlgemeneGegevens.builder()
                    .datumOntvangst(NederlandseDatum.parsed(MEI))
                    .addCommissieDocument(CommissieDocument.parsed("COM(2026) 120 final"))
                    .build())
            .build();
    assertThat(fiche.ontvangenOp()).contains(MEI);
    assertThat(fiche.getAlgemeneGegevens().orElseThrow().ontvangenOp()).contains(MEI);
    // absent section, absent item, a month only, a date that does not parse: empty
    assertThat(Fiche.builder().titel("x").build().ontvangenOp()).isEmpty();
    assertThat(AlgemeneGegevens.builder().build().ontvangenOp()).isEmpty();
    assertThat(
            AlgemeneGegevens.builder()
                .datumOntvangst(Parsed.of(NederlandseDatum.of(YearMonth.of(2026, 5))))
                .build()
                .ontvangenOp())
        .isEmpty();
    assertThat(
            AlgemeneGegevens.builder()
                .datumOntvangst(NederlandseDatum.parsed("12 meij 2026"))
                .build()
                .ontvangenOp())
        .isEmpty();
    // not an attribute: the JSON has no such field, and reads back equal
    String json = FicheJson.create().write(KamerstukDocument.of(fiche));
    assertThat(json).doesNotContain("ontvangenOp");
    assertThat(FicheJson.create().read(json)).isEqualTo(KamerstukDocument.of(fiche));
  }

  @Test
  void aListTakesOneElementInTheSingularAndSeveralInThePlural() throws Exception {
    AlgemeneGegevens one =
        AlgemeneGegevens.builder()
            .addTitel("Eerste")
            .addTitels("Tweede", "Derde")
            .addCommissieDocument(CommissieDocument.parsed("COM(2026) 12 final"))
            .addProcedure(ProcedureNummer.parsed("2026/0012(COD)"))
            .addRechtsbasis("Artikel 114 VWEU")
            .build();
    assertThat(one.getTitels()).containsExactly("Eerste", "Tweede", "Derde");
    assertThat(one.getCommissieDocumenten()).hasSize(1);
    // Every list of the model has its singular add: the plural with its Dutch ending taken off.
    String[][] singular = {
      {
        "ImmutableAlgemeneGegevens$Builder",
        "addTitel",
        "addCommissieDocument",
        "addEurLex",
        "addRechtsbasis",
        "addProcedure",
        "addOverigeOnderdeel"
      },
      {"ImmutableFiche$Builder", "addOverigeSectie", "addVoetnoot", "addVermoed"},
      {"ImmutableKamerstukDocument$Builder", "addFiche"},
      {"ImmutableAanbiedingsbrief$Builder", "addVermelding", "addAanvullendeZin"},
      {"ImmutableTekst$Builder", "addAlinea"},
      {"ImmutableAlinea$Builder", "addInhoud"},
    };
    for (String[] type : singular) {
      Class<?> builder = Class.forName("nl.bncfiche.model." + type[0]);
      for (int k = 1; k < type.length; k++) {
        String name = type[k];
        assertThat(builder.getMethods())
            .as("%s.%s(one element)", type[0], name)
            .anyMatch(
                m ->
                    m.getName().equals(name)
                        && m.getParameterCount() == 1
                        && !m.getParameterTypes()[0].isArray()
                        && !Iterable.class.isAssignableFrom(m.getParameterTypes()[0]));
      }
    }
  }
}
