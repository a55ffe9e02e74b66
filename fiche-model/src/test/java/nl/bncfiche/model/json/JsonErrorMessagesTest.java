package nl.bncfiche.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a reader of the JSON is told: our own words in English and Dutch, a position, no class or
 * setting of a library, and of the document no more than a field name's first 40 characters.
 */
class JsonErrorMessagesTest {
  private static final FicheJson JSON =
      FicheJson.builder().maxStringLength(50).maxNestingDepth(8).build();

  /** Names of classes, packages and settings of Jackson or the JDK, and Jackson's own phrases. */
  private static final Pattern LIBRARY =
      Pattern.compile(
          "\\$|`|[a-z]+\\.[a-z]+\\.[A-Za-z]|Coercion|StreamReadConstraints|JsonToken|Feature"
              + "|Enum class|Cannot |deserialize|Integer|java|jackson|\\(code \\d+\\)|Source:");

  private static final String SECRET = "vertrouwelijkeinhouddienietgeciteerdmagworden".repeat(4);

  private static final String[] BROKEN = {
    "{\"fiches\": [{\"titel\": 12}]}",
    "{\"fiches\": [{\"titel\": {}}]}",
    "{\"fiches\": [{\"titel\": []}]}",
    "{\"fiches\": [{\"titel\": true}]}",
    "{\"fiches\": [{\"titel\": null}]}",
    "{\"fiches\": {}}",
    "{\"fiches\": \"" + SECRET.substring(0, 40) + "\"}",
    "{\"fiches\": [\"" + SECRET.substring(0, 40) + "\"]}",
    "{\"fiches\": [{\"sjabloon\": \"" + SECRET.substring(0, 40) + "\"}]}",
    "{\"fiches\": [{\"sjabloon\": 1}]}",
    "{\"kop\": {\"datum\": 5}}",
    "{\"kop\": {\"datum\": [1]}}",
    "{\"brief\": {\"aangekondigdAantal\": \"drie\"}}",
    "{\"brief\": {\"aangekondigdAantal\": 1.5}}",
    "{\"brief\": {\"aangekondigdAantal\": 99999999999999999999}}",
    "{\"brief\": {\"aangekondigdAantal\": 1" + "0".repeat(30) + "}}",
    "{\"fiches\": [{\"titel\": \"a\", \"titel\": \"b\"}]}",
    "{\"" + SECRET + "\": 1}",
    "{\"fiches\": [",
    "{\"fiches\": [}",
    "{} x",
    "{} {}",
    "{\"fiches\": [" + SECRET + "]}",
    "{\"fiches\": ['x']}",
    "{\"fiches\": [{\"essentie\": {\"inhoud\": {\"alineas\": [{\"inhoud\": [{\"voetnoot\": -1}]}]}}}]}",
    "{\"fiches\": [{\"essentie\": {\"inhoud\": {\"alineas\": [5]}}}]}",
    "{\"fiches\": [{\"essentie\": {\"inhoud\": \"" + SECRET.substring(0, 40) + "\"}}]}",
    "{\"fiches\": [{\"voetnoten\": [{}]}]}",
    "{\"fiches\": [{\"voetnoten\": [{\"nummer\": 0}]}]}",
    "{\"fiches\": [null]}",
    "[]",
    "\"" + SECRET.substring(0, 40) + "\"",
    "",
    "   ",
    "{\"fiches\": [{\"titel\": \"a\\qb\"}]}",
    "{\"fiches\": [{\"titel\": \"a\u0001b\"}]}",
    "{\"fiches\": [{\"titel\": \"" + "x".repeat(100) + "\"}]}",
    "{\"fiches\": [{\"titel\" \"x\"}]}",
    "{\"fiches\": [{\"titel\": \"x\" \"y\": 1}]}",
    "{fiches: 1}",
    "{\"fiches\": [01]}",
    "{\"fiches\": [NaN]}",
    "{\"" + "n".repeat(300) + "\": 1}",
    "{\"fiches\": [{\"voetnoten\": [{\"tekst\": {\"alineas\": [{\"inhoud\": [{\"a\": [[[[1]]]]}]}]}}]}]}",
    "{\"fiches\": [{\"algemeneGegevens\": {\"commissieDocumenten\": 7}}]}",
    "{\"fiches\": [{\"generatie\": \"X\"}]}",
    "{\"kop\": {\"datum\": {\"tekst\": \"4 mei 2026\", \"afgeleid\": {\"datum\": \"2026-05-05\"}}}}",
    "{\"kop\": {\"datum\": {\"tekst\": \"4 mei 2026\", \"afgeleid\": {\"" + SECRET + "\": 1}}}}",
    "{\"kop\": {\"datum\": {\"tekst\": \""
        + SECRET.substring(0, 40)
        + "\", \"afgeleid\": {\"a\": 1}}}}",
    "{\"kop\": {\"datum\": {\"afgeleid\": {}}}}",
    "{\"kop\": {\"datum\": {\"tekst\": \"4 mei 2026\", \"" + SECRET + "\": 1}}}",
    "{\"kop\": {\"datum\": {\"tekst\": \"4 mei 2026\", \"afgeleid\": 1}}}",
  };

  @Test
  void everyProblemIsOurOwnWordingWithAPosition() {
    for (String json : BROKEN) {
      FicheJsonException e = catchThrowableOfType(FicheJsonException.class, () -> JSON.read(json));
      assertThat(e).as(json).isNotNull();
      for (String text : new String[] {e.getMessage(), e.getMessageEn(), e.getMessageNl()}) {
        assertThat(LIBRARY.matcher(text).find()).as(json + " → " + text).isFalse();
        assertThat(text).as(json).doesNotContain(SECRET.substring(0, 41));
        assertThat(text.length()).as(text).isLessThan(300);
      }
      assertThat(e.getMessageNl()).as(json).isNotEqualTo(e.getMessageEn());
      assertThat(e.getLine()).as(json + " → " + e.getMessage()).isPositive();
      assertThat(e.getColumn()).as(json).isPositive();
    }
  }

  @Test
  void aStreamGetsTheSameWording() {
    FicheJson small = FicheJson.builder().maxDocumentLength(10).build();
    FicheJsonException e =
        catchThrowableOfType(
            FicheJsonException.class,
            () ->
                small.read(
                    new ByteArrayInputStream(
                        "{\"fiches\": []}     ".getBytes(StandardCharsets.UTF_8))));
    assertThat(e.getMessageEn()).isEqualTo("over a read limit: a document longer than 10");
    assertThat(e.getMessageNl()).isEqualTo("boven een leesgrens: document langer dan 10");
    FicheJsonException utf8 =
        catchThrowableOfType(
            FicheJsonException.class,
            () -> JSON.read(new ByteArrayInputStream(new byte[] {'{', '"', (byte) 0xE9, '"'})));
    assertThat(utf8.getMessageNl()).isEqualTo("ongeldige JSON: geen UTF-8");
  }

  @Test
  void typicalProblemsInBothLanguages() {
    Object[][] cases = {
      {
        "{\"fiches\": [{\"titel\": 12}]}",
        "wrong type: expected a string, found a whole number",
        "verkeerd type: verwacht tekst, gevonden: een geheel getal"
      },
      {
        "{\"fiches\": [{\"sjabloon\": \"BRIEF\"}]}",
        "unknown value; expected one of [MEDEDELING, WETGEVING]",
        "onbekende waarde; verwacht een van [MEDEDELING, WETGEVING]"
      },
      {
        "{\"" + SECRET + "\": 1}",
        "unknown field \"" + SECRET.substring(0, 40) + "…\"; expected one of [brief, fiches, kop]",
        "onbekend veld \"" + SECRET.substring(0, 40) + "…\"; verwacht een van [brief, fiches, kop]"
      },
      {
        "{\"fiches\": [{\"titel\": \"" + "x".repeat(100) + "\"}]}",
        "over a read limit: a string longer than 50 characters",
        "boven een leesgrens: tekst langer dan 50 tekens"
      },
      {
        "{\"fiches\": [",
        "broken JSON: unexpected end of the document",
        "ongeldige JSON: onverwacht einde van het document"
      },
      {
        "{\"fiches\": [{\"voetnoten\": [{}]}]}",
        "invalid value: required fields missing: [nummer]",
        "ongeldige waarde: verplichte velden ontbreken: [nummer]"
      },
      {"", "broken JSON: empty document", "ongeldige JSON: leeg document"},
    };
    for (Object[] c : cases) {
      FicheJsonException e =
          catchThrowableOfType(FicheJsonException.class, () -> JSON.read((String) c[0]));
      assertThat(e.getMessageEn()).as((String) c[0]).isEqualTo(c[1]);
      assertThat(e.getMessageNl()).as((String) c[0]).isEqualTo(c[2]);
    }
  }
}
