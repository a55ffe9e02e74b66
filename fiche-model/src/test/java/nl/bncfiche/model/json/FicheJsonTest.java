package nl.bncfiche.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Kenmerk;
import nl.bncfiche.model.Oordeel;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.fixture.SampleDocuments;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.io.InputTooLargeException;
import nl.bncfiche.model.io.MalformedUtf8Exception;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FicheJsonTest {
  private final FicheJson json = FicheJson.create();

  @Test
  void roundTripOfACompleteDocument() {
    KamerstukDocument doc = SampleDocuments.volledig();
    String written = json.write(doc);
    assertThat(json.read(written)).isEqualTo(doc);
    assertThat(json.write(json.read(written))).isEqualTo(written);
  }

  @Test
  void roundTripThroughStreams() {
    KamerstukDocument doc = SampleDocuments.volledig();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.write(doc, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(json.write(doc));
    assertThat(json.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(doc);
    java.io.StringWriter chars = new java.io.StringWriter();
    json.write(doc, chars);
    assertThat(chars.toString()).isEqualTo(json.write(doc));
    assertThat(json.read(new java.io.StringReader(chars.toString()))).isEqualTo(doc);
  }

  @Test
  void emptyDocumentAndEmptyFicheRoundTrip() {
    KamerstukDocument empty = KamerstukDocument.builder().build();
    assertThat(json.write(empty)).isEqualTo("{ }\n");
    assertThat(json.read("{}")).isEqualTo(empty);
    Fiche draft = Fiche.builder().build();
    assertThat(json.readFiche(json.write(draft))).isEqualTo(draft);
  }

  @Test
  void writesStableFieldNamesIsoDatesAndCanonicalIdentifiers() {
    String written = json.write(SampleDocuments.volledig());
    assertThat(written)
        .contains("\"fiches\" : [")
        .contains("\"algemeneGegevens\" : {")
        .contains(
            "\"datumOntvangst\" : {\n"
                + "          \"tekst\" : \"3 maart 2026\",\n"
                + "          \"afgeleid\" : {\n"
                + "            \"datum\" : \"2026-03-03\"\n")
        .contains("\"commissieDocumenten\" : [\n")
        .contains("\"tekst\" : \"COM(2026) 118 final\"")
        .contains("\"celex\" : \"52026PC0118\"")
        .contains(
            "\"referentie\" : {\n"
                + "          \"tekst\" : \"Kamerstuk 22 112, nr. 5002\",\n"
                + "          \"afgeleid\" : {\n"
                + "            \"dossiernummer\" : 22112,\n"
                + "            \"nummer\" : \"5002\"\n")
        .contains("\"oordeel\" : \"POSITIEF_MET_KANTTEKENINGEN\"")
        .contains("\"voetnoot\" : 1")
        .doesNotContain("\r")
        .doesNotContain("getTitel");
  }

  @Test
  void unparsedValuesAreWrittenAsWrittenAndStayUnparsed() {
    Parsed<NederlandseDatum> bad = Parsed.parse("31 februari 2025", NederlandseDatum::parse);
    assertThat(bad.isParsed()).isFalse();
    Fiche fiche =
        Fiche.builder()
            .algemeneGegevens(
                nl.bncfiche.model.AlgemeneGegevens.builder().datumOntvangst(bad).build())
            .build();
    String written = json.write(fiche);
    assertThat(written)
        .contains("\"datumOntvangst\" : {\n      \"tekst\" : \"31 februari 2025\"\n    }")
        .doesNotContain("afgeleid");
    Fiche back = json.readFiche(written);
    assertThat(back).isEqualTo(fiche);
    assertThat(
            back.getAlgemeneGegevens().orElseThrow().getDatumOntvangst().orElseThrow().isParsed())
        .isFalse();
  }

  @Test
  void lenientFormsInJsonAreParsed() {
    Fiche fiche =
        json.readFiche(
            "{\"algemeneGegevens\": {\"datumOntvangst\": \"4 December 2025\","
                + " \"commissieDocumenten\": [\"COM (2015) 341 final\"]}}");
    var ag = fiche.getAlgemeneGegevens().orElseThrow();
    assertThat(ag.getDatumOntvangst().orElseThrow().getText()).isEqualTo("4 december 2025");
    assertThat(ag.getCommissieDocumenten().get(0).getText()).isEqualTo("COM(2015) 341 final");
  }

  @Test
  void outputDoesNotDependOnLocaleOrTimeZone() {
    KamerstukDocument doc = SampleDocuments.volledig();
    String reference = json.write(doc);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      for (String tag : new String[] {"tr", "ar", "nl-NL", "th-TH-u-nu-thai"}) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
        assertThat(FicheJson.builder().build().write(doc)).isEqualTo(reference);
      }
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown field | {\"fiches\": [{\"titel\": \"x\", \"tittel\": \"y\"}]} | /fiches/0/tittel | unknown field \"tittel\"",
        "wrong type | {\"fiches\": [{\"titel\": 12}]} | /fiches/0/titel | wrong type",
        "number for enum | {\"fiches\": [{\"sjabloon\": 1}]} | /fiches/0/sjabloon | wrong type",
        "unknown enum | {\"fiches\": [{\"sjabloon\": \"BRIEF\"}]} | /fiches/0/sjabloon | unknown value; expected one of [MEDEDELING, WETGEVING]",
        "broken | {\"fiches\": [{\"titel\": \"x\"} | /fiches | broken JSON",
        "null value | {\"fiches\": [{\"titel\": null}]} | /fiches/0/titel | null is not allowed",
        "duplicate key | {\"fiches\": [{\"titel\": \"x\", \"titel\": \"y\"}]} | /fiches/0 | duplicate key \"titel\"",
        "trailing | {} {} | / | after the document",
        "null in list | {\"fiches\": [null]} | /fiches/0 | ",
        "bad footnote number | {\"fiches\": [{\"voetnoten\": [{\"nummer\": 0}]}]} | /fiches/0/voetnoten/0 | positive",
        "bad inline | {\"fiches\": [{\"essentie\": {\"inhoud\": {\"alineas\": [{\"inhoud\": [true]}]}}}]} | /fiches/0/essentie/inhoud/alineas/0/inhoud/0 | voetnoot",
        "not an object | [] | / | wrong type",
        "unknown presumed part | {\"fiches\": [{\"vermoed\": [\"SOORT\"]}]} | /fiches/0/vermoed/0 | unknown value; expected one of [SJABLOON, GENERATIE]",
        "presumed not a list | {\"fiches\": [{\"vermoed\": \"SJABLOON\"}]} | /fiches/0/vermoed | ",
      })
  void rejectsBadJsonWithPointer(String name, String input, String pointer, String problem) {
    assertThatThrownBy(() -> json.read(input))
        .isInstanceOf(FicheJsonException.class)
        .satisfies(
            e -> {
              FicheJsonException fe = (FicheJsonException) e;
              assertThat(fe.getPointer().isEmpty() ? "/" : fe.getPointer()).isEqualTo(pointer);
              if (problem != null) {
                assertThat(fe.getMessage()).contains(problem);
              }
              assertThat(fe.getMessage()).doesNotContain("\n").doesNotContain("at com.");
            });
  }

  @Test
  void rejectsLoneSurrogatesWithTheirPlace() {
    String[][] cases = {
      {"{\"fiches\": [{\"titel\": \"a\\ud83d\"}]}", "/fiches/0/titel", "U+D83D at character 2"},
      {"{\"fiches\": [{\"titel\": \"\\ude00b\"}]}", "/fiches/0/titel", "U+DE00 at character 1"},
      {"{\"fiches\": [{\"titel\": \"a\ud83d\"}]}", "/fiches/0/titel", "U+D83D"},
      {
        "{\"fiches\": [{\"essentie\": {\"inhoud\": {\"alineas\": [{\"inhoud\": [\"x\",\n"
            + " \"\\ud800\"]}]}}}]}",
        "/fiches/0/essentie/inhoud/alineas/0/inhoud/1",
        "U+D800"
      },
      {
        "{\"fiches\": [{\"algemeneGegevens\": {\"titels\": [\"x\", \"\\udfff\"]}}]}",
        "/fiches/0/algemeneGegevens/titels/1",
        "U+DFFF"
      },
      {
        "{\"fiches\": [{\"algemeneGegevens\": {\"commissieDocumenten\": [\"COM\\ud800\"]}}]}",
        "/fiches/0/algemeneGegevens/commissieDocumenten/0",
        "U+D800"
      },
      {"{\"brief\": {\"ondertekenaarNaam\": \"\\udbff\"}}", "/brief/ondertekenaarNaam", "U+DBFF"},
    };
    for (String[] c : cases) {
      assertThatThrownBy(() -> json.read(c[0]))
          .as(c[0])
          .isInstanceOfSatisfying(
              FicheJsonException.class,
              e -> {
                assertThat(e.getPointer()).isEqualTo(c[1]);
                assertThat(e.getMessage()).contains("lone surrogate " + c[2]);
                assertThat(e.getLine()).isPositive();
                assertThat(e.getColumn()).isPositive();
              });
      if (c[0].chars().noneMatch(ch -> Character.isSurrogate((char) ch))) {
        byte[] bytes = c[0].getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> json.read(new ByteArrayInputStream(bytes)))
            .as(c[0])
            .isInstanceOf(FicheJsonException.class);
      }
    }
    // A pair is a character.
    assertThat(json.read("{\"fiches\": [{\"titel\": \"\\ud83d\\ude00\"}]}").getFiches())
        .singleElement()
        .satisfies(f -> assertThat(f.getTitel()).isEqualTo("\ud83d\ude00"));
    assertThat(json.read("{\"fiches\": [{\"titel\": \"\ud83d\ude00\"}]}").getFiches()).hasSize(1);
  }

  @Test
  void bytesThatAreNoTextInTheEncodingTheyLookLikeAreRefused() {
    // Four zero bytes first make the parser take the stream for UTF-32; what follows is no
    // character there. Was an UncheckedIOException (a CharConversionException) from a stream.
    byte[] bytes = "\0\0\0\0\0\0\0\0{\n  \"kop\" : {}\n}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> json.read(new ByteArrayInputStream(bytes)))
        .isInstanceOfSatisfying(
            FicheJsonException.class,
            e -> assertThat(e.getMessage()).contains("UTF-32").doesNotContain("Exception"));
  }

  @Test
  void rejectsDeepNestingPromptly() {
    String deep = "{\"fiches\": " + "[".repeat(200_000);
    assertThatThrownBy(() -> json.read(deep)).isInstanceOf(FicheJsonException.class);
    String deepObjects =
        "{\"fiches\": [{\"voetnoten\": [{\"tekst\": {\"alineas\": [{\"inhoud\": [{}]}]}}]}]}";
    FicheJson shallow = FicheJson.builder().maxNestingDepth(4).build();
    assertThatThrownBy(() -> shallow.read(deepObjects))
        .isInstanceOf(FicheJsonException.class)
        .hasMessageContaining("read limit");
  }

  @Test
  void rejectsOverlongStrings() {
    FicheJson small = FicheJson.builder().maxStringLength(1000).build();
    String input = "{\"fiches\": [{\"titel\": \"" + "a".repeat(2000) + "\"}]}";
    assertThatThrownBy(() -> small.read(input))
        .isInstanceOf(FicheJsonException.class)
        .hasMessageContaining("read limit");
  }

  @Test
  void rejectsOverlongDocuments() {
    FicheJson small = FicheJson.builder().maxDocumentLength(100).build();
    String input = "{\"fiches\": [{\"titel\": \"" + "a".repeat(200) + "\"}]}";
    assertThatThrownBy(
            () -> small.read(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(FicheJsonException.class)
        .hasMessageContaining("read limit");
  }

  @Test
  void aFileIsReadAsStrictUtf8WithinTheDocumentLimit(@TempDir Path dir) throws Exception {
    KamerstukDocument doc = SampleDocuments.volledig();
    Path file = dir.resolve("f.json");
    Files.writeString(file, "\ufeff" + json.write(doc), StandardCharsets.UTF_8);
    assertThat(json.read(file)).isEqualTo(doc);
    // unchecked, as TextReader.read(Path), with the JDK's reason as its cause
    assertThatThrownBy(() -> json.read(dir.resolve("ontbreekt.json")))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(NoSuchFileException.class);
    // Over the limit: refused unread, with the size and limit in its cause.
    FicheJson small = FicheJson.builder().maxDocumentLength(100).build();
    long size = Files.size(file);
    assertThatThrownBy(() -> small.read(file))
        .isInstanceOfSatisfying(
            FicheJsonException.class,
            e -> {
              assertThat(e.getMessage())
                  .contains("over a read limit")
                  .contains("at most 100 allowed");
              assertThat(e.getCause())
                  .isInstanceOfSatisfying(
                      InputTooLargeException.class, c -> assertThat(c.getSize()).hasValue(size));
            });
    // A device that reports size 0 and never ends is read to one byte past the limit only.
    if (Files.isReadable(Path.of("/dev/zero"))) {
      assertThatThrownBy(() -> small.read(Path.of("/dev/zero")))
          .isInstanceOfSatisfying(
              FicheJsonException.class,
              e -> assertThat(e.getMessage()).contains("more than 100 bytes"));
    }
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedNamingTheByteAndItsPlace(@TempDir Path dir) throws Exception {
    byte[] head = "{\"fiches\": [\n  {\"titel\": \"caf".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 4);
    bytes[head.length] = (byte) 0xE9;
    System.arraycopy("\"}]}".getBytes(StandardCharsets.UTF_8), 0, bytes, head.length + 1, 3);
    Path file = dir.resolve("latin1.json");
    Files.write(file, bytes);
    assertThatThrownBy(() -> json.read(file))
        .isInstanceOfSatisfying(
            FicheJsonException.class,
            e -> {
              assertThat(e.getMessage()).contains("not UTF-8: byte 0xE9 at offset " + head.length);
              assertThat(e.getLine()).isEqualTo(2);
              assertThat(e.getColumn()).isEqualTo(17);
              assertThat(e.getCause()).isInstanceOf(MalformedUtf8Exception.class);
            });
  }

  @Test
  void presentButEmptyValuesSurviveTheRoundTrip() {
    KamerstukDocument doc =
        KamerstukDocument.builder()
            .kop(nl.bncfiche.model.KamerstukKop.builder().nummer("").dossier("").build())
            .addFiche(Fiche.builder().titel("").build())
            .build();
    String written = json.write(doc);
    assertThat(written).contains("\"nummer\" : \"\"").contains("\"dossier\" : \"\"");
    assertThat(json.read(written)).isEqualTo(doc);
  }

  @Test
  void whatAReaderPresumedIsAListOfEnumNamesLeftOutWhenEmpty() {
    Fiche presumed =
        Fiche.builder()
            .titel("x")
            .sjabloon(Sjabloon.MEDEDELING)
            .addVermoed(Kenmerk.GENERATIE, Kenmerk.SJABLOON)
            .build();
    String written = json.write(KamerstukDocument.of(presumed));
    assertThat(written)
        .contains("\"vermoed\" : [\n        \"SJABLOON\",\n        \"GENERATIE\"\n      ]");
    assertThat(json.read(written).getFiches()).containsExactly(presumed);
    assertThat(json.write(KamerstukDocument.of(Fiche.builder().titel("x").build())))
        .doesNotContain("vermoed");
    // written before the field existed: nothing presumed
    assertThat(json.readFiche("{\"titel\": \"x\"}").getVermoed()).isEmpty();
  }

  @Test
  void oordeelIsAnEnumName() {
    assertThat(
            json.readFiche("{\"grondhouding\": {\"bevoegdheid\": {\"oordeel\": \"NEGATIEF\"}}}")
                .getGrondhouding()
                .orElseThrow()
                .getBevoegdheid()
                .orElseThrow()
                .getOordeel())
        .contains(Oordeel.NEGATIEF);
  }
}
