package nl.bncfiche.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.fixture.SampleDocuments;
import nl.bncfiche.model.jackson3.FicheJackson3;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.testing.FicheGenerator;
import nl.bncfiche.testing.VoorbeeldFiches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The model's bindings in an application's mappers, set as Spring Boot sets them (unknown fields
 * skipped, nulls written): Jackson 2 with {@code FicheJson.module()} and Jackson 3 with {@code
 * FicheJackson3.module()} write the very JSON {@code FicheJson} writes (compact) and read it back,
 * on the same documents.
 */
class JacksonBindingsTest {
  static final FicheJson FICHE_JSON = FicheJson.create();
  static final ObjectMapper PLAIN = new ObjectMapper();

  static final ObjectMapper JACKSON2 =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(FicheJson.module())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  static final tools.jackson.databind.json.JsonMapper JACKSON3 =
      tools.jackson.databind.json.JsonMapper.builder()
          .addModule(FicheJackson3.module())
          .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  static Stream<KamerstukDocument> documents() {
    List<KamerstukDocument> docs = new ArrayList<>();
    docs.add(SampleDocuments.volledig());
    docs.add(VoorbeeldFiches.mededeling());
    docs.add(VoorbeeldFiches.wetgeving());
    LongStream.range(0, 60)
        .forEach(s -> docs.add(KamerstukDocument.of(FicheGenerator.withSeed(s).validFiche())));
    LongStream.range(0, 20)
        .forEach(
            s -> {
              FicheGenerator g = FicheGenerator.withSeed(s);
              String rule = List.copyOf(FicheGenerator.violableRuleIds()).get((int) s);
              docs.add(g.violating(rule));
            });
    return docs.stream();
  }

  /** FicheJson's JSON without its indentation, field order kept. */
  static String compact(String json) throws Exception {
    return PLAIN.readTree(json).toString();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void jackson2WritesAndReadsWhatFicheJsonDoes(KamerstukDocument d) throws Exception {
    String expected = compact(FICHE_JSON.write(d));
    String written = JACKSON2.writeValueAsString(d);
    assertThat(written).isEqualTo(expected);
    assertThat(FICHE_JSON.read(written)).isEqualTo(d);
    assertThat(JACKSON2.readValue(FICHE_JSON.write(d), KamerstukDocument.class)).isEqualTo(d);
  }

  @ParameterizedTest
  @MethodSource("documents")
  void jackson3WritesAndReadsWhatFicheJsonDoes(KamerstukDocument d) throws Exception {
    String expected = compact(FICHE_JSON.write(d));
    String written = JACKSON3.writeValueAsString(d);
    assertThat(written).isEqualTo(expected);
    assertThat(FICHE_JSON.read(written)).isEqualTo(d);
    assertThat(JACKSON3.readValue(FICHE_JSON.write(d), KamerstukDocument.class)).isEqualTo(d);
  }

  /** The JSON as written before derived values: each {@code {"tekst": …}} object as its text. */
  static String textOnly(String json) {
    return json.replaceAll(
        "\\{\"tekst\":(\"(?:[^\"\\\\]|\\\\.)*\")(?:,\"afgeleid\":\\{[^{}]*\\})?\\}", "$1");
  }

  @ParameterizedTest
  @MethodSource("documents")
  void bothReadTheFormWrittenBeforeAndRefuseTheSameContradiction(KamerstukDocument d)
      throws Exception {
    String compact = compact(FICHE_JSON.write(d));
    String before = textOnly(compact);
    assertThat(before).doesNotContain("\"afgeleid\"");
    assertThat(JACKSON2.readValue(before, KamerstukDocument.class)).isEqualTo(d);
    assertThat(JACKSON3.readValue(before, KamerstukDocument.class)).isEqualTo(d);
    int at = compact.indexOf("\"afgeleid\":{\"");
    if (at < 0) {
      return;
    }
    // the first derived field gets a value of another kind: an object
    int value = compact.indexOf("\":", at + 12) + 2;
    char first = compact.charAt(value);
    int end =
        first == '"'
            ? compact.indexOf('"', value + 1) + 1
            : first == '['
                ? compact.indexOf(']', value) + 1
                : Math.min(compact.indexOf(',', value), compact.indexOf('}', value));
    String body = compact.substring(0, value) + "{}" + compact.substring(end);
    com.fasterxml.jackson.databind.JsonMappingException e2 =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            com.fasterxml.jackson.databind.JsonMappingException.class,
            () -> JACKSON2.readValue(body, KamerstukDocument.class));
    tools.jackson.databind.DatabindException e3 =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            tools.jackson.databind.DatabindException.class,
            () -> JACKSON3.readValue(body, KamerstukDocument.class));
    assertThat(e2).isNotNull();
    assertThat(e3).isNotNull();
    assertThat(e3.getOriginalMessage()).isEqualTo(e2.getOriginalMessage());
    assertThat(e3.getPath()).hasSameSizeAs(e2.getPath());
    assertThat(e2.getOriginalMessage()).startsWith("derived value contradicts the text");
  }

  @Test
  void unknownFieldsAndNullsOfTheModelAreRefusedByBothAlthoughTheMapperSkipsUnknownFields() {
    String valid = FICHE_JSON.write(VoorbeeldFiches.mededeling());
    for (String body :
        List.of(
            valid.replaceFirst("\\{", "{\"onbekend\": 1,"),
            valid.replaceFirst("\\{", "{\"kop\": null,"))) {
      assertThatThrownBy(() -> JACKSON2.readValue(body, KamerstukDocument.class))
          .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
      assertThatThrownBy(() -> JACKSON3.readValue(body, KamerstukDocument.class))
          .isInstanceOf(tools.jackson.databind.DatabindException.class);
    }
  }

  /** The application's own types keep the mapper's settings: only the model's are scoped. */
  record Wrapper(String naam, KamerstukDocument document) {}

  @Test
  void theApplicationsOwnTypesKeepTheMappersSettings() throws Exception {
    String body =
        "{\"naam\":null,\"extra\":1,\"document\":"
            + FICHE_JSON.write(VoorbeeldFiches.wetgeving())
            + "}";
    assertThat(JACKSON2.readValue(body, Wrapper.class).document())
        .isEqualTo(VoorbeeldFiches.wetgeving());
    assertThat(JACKSON3.readValue(body, Wrapper.class).document())
        .isEqualTo(VoorbeeldFiches.wetgeving());
    assertThat(JACKSON2.writeValueAsString(new Wrapper(null, VoorbeeldFiches.mededeling())))
        .startsWith("{\"naam\":null,");
  }
}
