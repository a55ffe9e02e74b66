package nl.bncfiche.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.EurLexVerwijzing;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.ImpactAssessment;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.fixture.SampleDocuments;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.id.ProcedureNummer;
import nl.bncfiche.model.jackson3.FicheJackson3;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Values read from text in the JSON: {@code {"tekst", "afgeleid"}} written, the text alone (the
 * form written before) still read, and a derived value that contradicts its text refused at its
 * pointer, in English and Dutch, by {@code FicheJson} and by the Jackson 3 binding alike.
 */
class DerivedValuesTest {
  private static final FicheJson JSON = FicheJson.create();
  private static final JsonMapper JACKSON3 =
      JsonMapper.builder().addModule(FicheJackson3.module()).build();

  private static String ag(String fields) {
    return "{\"fiches\": [{\"algemeneGegevens\": {" + fields + "}}]}";
  }

  @Test
  void writesEachKindWithItsDerivedFields() {
    Fiche fiche =
        Fiche.builder()
            .algemeneGegevens(
                AlgemeneGegevens.builder()
                    .addCommissieDocument(
                        Parsed.of(
                            CommissieDocument.of(CommissieDocument.Type.JOIN, 2024, 9)
                                .withSuffix(CommissieDocument.Suffix.DEFINITIEF)
                                .withCorrigendum(2)))
                    .addEurLex(EurLexVerwijzing.of("https://eur-lex.europa.eu/?uri=COM:2024:9:FIN"))
                    .addEurLex(EurLexVerwijzing.of("geen verwijzing"))
                    .impactAssessment(ImpactAssessment.of("SWD(2024) 3 en SEC(2024) 4"))
                    .addProcedure(Parsed.parse("(COD 2008/0222)", ProcedureNummer::parse))
                    .build())
            .build();
    String compact = JSON.write(fiche).replaceAll("\\s+", "");
    assertThat(compact)
        .contains(
            "\"commissieDocumenten\":[{\"tekst\":\"JOIN(2024)9definitief/2\",\"afgeleid\":"
                + "{\"soort\":\"JOIN\",\"jaar\":2024,\"nummer\":9,\"toevoeging\":\"definitief\","
                + "\"corrigendum\":2}}]")
        .contains(
            "\"eurLex\":[{\"tekst\":\"https://eur-lex.europa.eu/?uri=COM:2024:9:FIN\",\"afgeleid\":"
                + "{\"commissieDocument\":\"COM(2024)9final\"}},{\"tekst\":\"geenverwijzing\"}]")
        .contains(
            "\"impactAssessment\":{\"tekst\":\"SWD(2024)3enSEC(2024)4\",\"afgeleid\":"
                + "{\"documenten\":[\"SWD(2024)3\",\"SEC(2024)4\"]}}")
        .contains(
            "\"procedures\":[{\"tekst\":\"2008/0222(COD)\",\"afgeleid\":"
                + "{\"jaar\":2008,\"nummer\":222,\"soort\":\"COD\"}}]");
    assertThat(JSON.readFiche(JSON.write(fiche))).isEqualTo(fiche);
  }

  @Test
  void theFormWrittenBeforeAndAnyOrderAndPartialDerivedValuesAreRead() {
    KamerstukDocument withText =
        JSON.read(
            ag(
                "\"datumOntvangst\": \"2026-03-03\", \"commissieDocumenten\": [\"COM(2026) 118"
                    + " final\"], \"eurLex\": [\"EUR-Lex - 52026PC0118 - NL - EUR-Lex\"],"
                    + " \"impactAssessment\": \"Niet opgesteld.\""));
    KamerstukDocument withObjects =
        JSON.read(
            ag(
                "\"datumOntvangst\": {\"afgeleid\": {\"datum\": \"2026-03-03\"}, \"tekst\":"
                    + " \"3 maart 2026\"}, \"commissieDocumenten\": [{\"tekst\": \"COM(2026) 118"
                    + " final\", \"afgeleid\": {\"jaar\": 2026}}], \"eurLex\": [{\"tekst\":"
                    + " \"EUR-Lex - 52026PC0118 - NL - EUR-Lex\", \"afgeleid\": {}}],"
                    + " \"impactAssessment\": {\"tekst\": \"Niet opgesteld.\"}"));
    assertThat(withObjects).isEqualTo(withText);
    assertThat(JACKSON3.readValue(JSON.write(withText), KamerstukDocument.class))
        .isEqualTo(withText);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "wrong year | \"commissieDocumenten\": [\"COM(2026) 1\", {\"tekst\": \"COM(2026) 118"
            + " final\", \"afgeleid\": {\"soort\": \"COM\", \"jaar\": 2025}}]"
            + " | /fiches/0/algemeneGegevens/commissieDocumenten/1/afgeleid/jaar"
            + " | derived value contradicts the text: the text gives 2026"
            + " | afgeleide waarde in strijd met de tekst: de tekst geeft 2026",
        "wrong celex | \"eurLex\": [{\"tekst\": \"EUR-Lex - 52026PC0118 - NL - EUR-Lex\","
            + " \"afgeleid\": {\"celex\": \"52026PC0119\"}}]"
            + " | /fiches/0/algemeneGegevens/eurLex/0/afgeleid/celex"
            + " | derived value contradicts the text: the text gives \"52026PC0118\""
            + " | afgeleide waarde in strijd met de tekst: de tekst geeft \"52026PC0118\"",
        "date as text | \"datumOntvangst\": {\"tekst\": \"3 maart 2026\", \"afgeleid\":"
            + " {\"datum\": \"2026-03-04\"}}"
            + " | /fiches/0/algemeneGegevens/datumOntvangst/afgeleid/datum"
            + " | derived value contradicts the text: the text gives \"2026-03-03\""
            + " | afgeleide waarde in strijd met de tekst: de tekst geeft \"2026-03-03\"",
        "number as string | \"procedures\": [{\"tekst\": \"2026/0051(COD)\", \"afgeleid\":"
            + " {\"nummer\": \"51\"}}]"
            + " | /fiches/0/algemeneGegevens/procedures/0/afgeleid/nummer"
            + " | derived value contradicts the text: the text gives 51"
            + " | afgeleide waarde in strijd met de tekst: de tekst geeft 51",
        "part the text lacks | \"commissieDocumenten\": [{\"tekst\": \"COM(2026) 118\","
            + " \"afgeleid\": {\"toevoeging\": \"final\"}}]"
            + " | /fiches/0/algemeneGegevens/commissieDocumenten/0/afgeleid/toevoeging"
            + " | derived value contradicts the text: the text gives no toevoeging"
            + " | afgeleide waarde in strijd met de tekst: de tekst geeft geen toevoeging",
        "unparsed text | \"datumOntvangst\": {\"tekst\": \"31 februari 2026\", \"afgeleid\":"
            + " {\"datum\": \"2026-02-31\"}}"
            + " | /fiches/0/algemeneGegevens/datumOntvangst/afgeleid"
            + " | derived value contradicts the text: the text does not parse, so it gives none"
            + " | afgeleide waarde in strijd met de tekst: de tekst is onleesbaar en geeft er geen",
        "unknown derived field | \"impactAssessment\": {\"tekst\": \"SWD(2026) 4\", \"afgeleid\":"
            + " {\"swd\": [\"SWD(2026) 4\"]}}"
            + " | /fiches/0/algemeneGegevens/impactAssessment/afgeleid/swd"
            + " | unknown derived field; expected one of [documenten]"
            + " | onbekend afgeleid veld; verwacht een van [documenten]",
        "documents of 1e | \"impactAssessment\": {\"tekst\": \"SWD(2026) 4\", \"afgeleid\":"
            + " {\"documenten\": [\"SWD(2026) 4\", \"SWD(2026) 5\"]}}"
            + " | /fiches/0/algemeneGegevens/impactAssessment/afgeleid/documenten"
            + " | derived value contradicts the text: the text gives [\"SWD(2026) 4\"]"
            + " | afgeleide waarde in strijd met de tekst: de tekst geeft [\"SWD(2026) 4\"]",
      })
  void aContradictionIsRefusedAtTheDerivedFieldsPointer(
      String name, String fields, String pointer, String en, String nl) {
    String json = ag(fields);
    FicheJsonException e = catchThrowableOfType(FicheJsonException.class, () -> JSON.read(json));
    assertThat(e).as(name).isNotNull();
    assertThat(e.getPointer()).as(name).isEqualTo(pointer);
    assertThat(e.getMessageEn()).as(name).isEqualTo(en);
    assertThat(e.getMessageNl()).as(name).isEqualTo(nl);
    assertThat(e.getLine()).as(name).isEqualTo(1);
    assertThat(e.getColumn()).as(name).isGreaterThan(fields.indexOf("afgeleid"));
    DatabindException j3 =
        catchThrowableOfType(
            DatabindException.class, () -> JACKSON3.readValue(json, KamerstukDocument.class));
    assertThat(j3).as(name).isNotNull();
    StringBuilder j3Pointer = new StringBuilder();
    for (tools.jackson.core.JacksonException.Reference r : j3.getPath()) {
      j3Pointer
          .append('/')
          .append(r.getPropertyName() != null ? r.getPropertyName() : r.getIndex());
    }
    assertThat(j3Pointer).as(name).hasToString(pointer);
    assertThat(j3.getOriginalMessage()).as(name).isEqualTo(en);
  }

  @Test
  void aLetterEntrysReferenceAndTheHeadersDateAreCheckedToo() {
    String valid = JSON.write(SampleDocuments.volledig());
    FicheJsonException e =
        catchThrowableOfType(
            FicheJsonException.class,
            () -> JSON.read(valid.replace("\"nummer\" : \"5002\"", "\"nummer\" : \"5003\"")));
    assertThat(e.getPointer()).isEqualTo("/brief/vermeldingen/1/referentie/afgeleid/nummer");
    e =
        catchThrowableOfType(
            FicheJsonException.class,
            () -> JSON.read(valid.replace("\"2026-04-10\"", "\"2026-10-04\"")));
    assertThat(e.getPointer()).isEqualTo("/kop/datum/afgeleid/datum");
  }

  @Test
  void theObjectItselfIsStrict() {
    Object[][] cases = {
      {
        ag("\"procedures\": [{\"afgeleid\": {}}]"),
        "/fiches/0/algemeneGegevens/procedures/0",
        "invalid value: required fields missing: [tekst]",
        "ongeldige waarde: verplichte velden ontbreken: [tekst]"
      },
      {
        ag("\"procedures\": [{\"tekst\": \"2026/0051(COD)\", \"soort\": \"COD\"}]"),
        "/fiches/0/algemeneGegevens/procedures/0/soort",
        "unknown field \"soort\"; expected one of [afgeleid, tekst]",
        "onbekend veld \"soort\"; verwacht een van [afgeleid, tekst]"
      },
      {
        ag("\"procedures\": [{\"tekst\": 51}]"),
        "/fiches/0/algemeneGegevens/procedures/0/tekst",
        "wrong type: expected a string",
        "verkeerd type: verwacht tekst"
      },
      {
        ag("\"eurLex\": [{\"tekst\": \"x\", \"afgeleid\": [\"52026PC0118\"]}]"),
        "/fiches/0/algemeneGegevens/eurLex/0/afgeleid",
        "wrong type: expected an object",
        "verkeerd type: verwacht een object"
      },
      {
        ag("\"impactAssessment\": 5"),
        "/fiches/0/algemeneGegevens/impactAssessment",
        "wrong type: expected a string or an object {\"tekst\": …}",
        "verkeerd type: verwacht tekst of een object {\"tekst\": …}"
      },
      {
        ag("\"commissieDocumenten\": [{\"tekst\": \"COM\\ud800\"}]"),
        "/fiches/0/algemeneGegevens/commissieDocumenten/0/tekst",
        "not text: a lone surrogate U+D800 at character 4 of the string",
        "geen tekst: een los surrogaat U+D800 op teken 4 van de tekenreeks"
      },
    };
    for (Object[] c : cases) {
      FicheJsonException e =
          catchThrowableOfType(FicheJsonException.class, () -> JSON.read((String) c[0]));
      assertThat(e).as((String) c[0]).isNotNull();
      assertThat(List.<Object>of(e.getPointer(), e.getMessageEn(), e.getMessageNl()))
          .as((String) c[0])
          .containsExactly(c[1], c[2], c[3]);
      assertThat(e.getLine()).isPositive();
    }
  }
}
