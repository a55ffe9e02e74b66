package nl.bncfiche.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.io.FicheInputException;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.model.json.FicheJsonException;
import nl.bncfiche.rendering.html.HtmlWriter;
import nl.bncfiche.rendering.markdown.MarkdownWriter;
import nl.bncfiche.rendering.text.FicheReadException;
import nl.bncfiche.rendering.text.ReadResult;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.FicheGenerator;
import nl.bncfiche.validation.FicheValidator;
import nl.bncfiche.validation.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad and hostile inputs, through the public readers: each gets a documented exception that says
 * where and what, or a faithful result, and none takes long (the time bounds below guard against
 * hangs; they are far above the real times).
 */
class HostileInputTest {
  private static final Duration HANG = Duration.ofSeconds(30);
  private final TextReader text = TextReader.create();
  private final FicheJson json = FicheJson.create();

  @TempDir Path dir;

  @Test
  void everyReaderRefusesInOneShapeWithPlaceAndBothLanguages() {
    List<Runnable> refused =
        List.of(
            () -> TextReader.create().read("Notulen van de buurtvereniging\nPunt een."),
            () -> FicheJson.create().read("{\"fiches\": [{\n  \"titel\": 7}]}"));
    for (Runnable r : refused) {
      assertThatThrownBy(r::run)
          .isInstanceOfSatisfying(
              FicheInputException.class,
              e -> {
                assertThat(e.getLine()).isPositive();
                assertThat(e.getColumn()).isPositive();
                assertThat(e.getMessageNl()).isNotBlank().isNotEqualTo(e.getMessageEn());
                assertThat(e.getMessageEn()).isNotBlank();
                assertThat(e.getMessage()).contains(e.getMessageEn());
              });
    }
  }

  @Test
  void emptyFile() throws IOException {
    Path empty = Files.write(dir.resolve("leeg.txt"), new byte[0]);
    assertThatThrownBy(() -> text.read(empty))
        .isInstanceOfSatisfying(
            FicheReadException.class,
            e -> assertThat(e.getMessageEn()).isEqualTo("The text is empty."));
    assertThatThrownBy(() -> json.read(empty)).isInstanceOf(FicheJsonException.class);
    assertThatThrownBy(() -> json.read("")).isInstanceOf(FicheJsonException.class);
  }

  @Test
  void textThatIsNoFiche() {
    assertThatThrownBy(() -> text.read("Notulen van de buurtvereniging\nAanwezig: iedereen\n"))
        .isInstanceOfSatisfying(
            FicheReadException.class,
            e -> {
              assertThat(e.getMessageEn()).startsWith("Not a fiche");
              assertThat(e.getLine()).isPositive();
            });
    assertThatThrownBy(() -> json.read("Notulen van de buurtvereniging"))
        .isInstanceOfSatisfying(
            FicheJsonException.class, e -> assertThat(e.getLine()).isEqualTo(1));
    assertThatThrownBy(() -> json.read("[1, 2, 3]")).isInstanceOf(FicheJsonException.class);
  }

  @Test
  void binaryFile() throws IOException {
    byte[] noise = new byte[64 * 1024];
    new Random(8).nextBytes(noise);
    Path bin = Files.write(dir.resolve("ruis.bin"), noise);
    assertThatThrownBy(() -> text.read(bin)).isInstanceOf(FicheReadException.class);
    assertThatThrownBy(() -> json.read(bin)).isInstanceOf(FicheJsonException.class);
    // A PNG-like header: valid UTF-8 up to a NUL, which is a control character, not text.
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d};
    Path pngFile = Files.write(dir.resolve("plaatje.png"), png);
    assertThatThrownBy(() -> text.read(pngFile)).isInstanceOf(FicheReadException.class);
    Path zeros = Files.write(dir.resolve("nullen.bin"), new byte[1000]);
    assertThatThrownBy(() -> text.read(zeros))
        .isInstanceOfSatisfying(
            FicheReadException.class, e -> assertThat(e.getMessageEn()).contains("U+0000"));
  }

  @Test
  void textThatIsNotUtf8NamesTheByteAndItsOffset() throws IOException {
    byte[] bytes = new byte[1235];
    Arrays.fill(bytes, (byte) 'a');
    bytes[1234] = (byte) 0xE9;
    Path latin1 = Files.write(dir.resolve("latin1.txt"), bytes);
    assertThatThrownBy(() -> text.read(latin1))
        .isInstanceOfSatisfying(
            FicheReadException.class,
            e -> {
              assertThat(e.getMessageEn()).isEqualTo("Not UTF-8 text: byte 0xE9 at offset 1234.");
              assertThat(e.getMessageNl())
                  .isEqualTo("Geen UTF-8-tekst: byte 0xE9 op positie 1234.");
            });
    byte[] jsonBytes =
        "{\"fiches\":[{\"titel\":\"caf\u00e9\"}]}".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> json.read(new ByteArrayInputStream(jsonBytes)))
        .isInstanceOfSatisfying(
            FicheJsonException.class,
            e -> assertThat(e.getMessage()).containsIgnoringCase("UTF-8"));
  }

  @Test
  void byteOrderMarkAndWindowsLineEndsAreAccepted() throws IOException {
    KamerstukDocument doc = FicheGenerator.withSeed(81).validDocument();
    String canonical = TextWriter.create().write(doc);
    Path file =
        Files.write(
            dir.resolve("windows.txt"),
            ("\ufeff" + canonical.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
    assertThat(text.read(file).getDocument()).isEqualTo(doc);
    String j = json.write(doc);
    Path jsonFile =
        Files.write(
            dir.resolve("windows.json"),
            ("\ufeff" + j.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
    assertThat(json.read(jsonFile)).isEqualTo(doc);
  }

  @Test
  void jsonNested200000Deep() {
    String deepArrays = "[".repeat(200_000) + "]".repeat(200_000);
    String deepObjects =
        "{\"fiches\":[" + "{\"a\":".repeat(200_000) + "1" + "}".repeat(200_000) + "]}";
    String deepInField = "{\"fiches\":[{\"titel\":" + "[".repeat(200_000) + "]}]}";
    for (String s : List.of(deepArrays, deepObjects, deepInField)) {
      assertTimeoutPreemptively(
          HANG,
          () ->
              assertThatThrownBy(() -> json.read(s))
                  .isInstanceOfSatisfying(
                      FicheJsonException.class, e -> assertThat(e.getMessage()).isNotBlank()));
    }
    // Where the model does hold nesting, the parser's depth limit names itself.
    String deepTekst =
        "{\"fiches\":[{\"overigeSecties\":[{\"tekst\":{\"alineas\":[{\"inhoud\":"
            + "[".repeat(200_000)
            + "]}]}}]}]}";
    assertThatThrownBy(() -> json.read(deepTekst)).isInstanceOf(FicheJsonException.class);
    // Brackets in text are just text: deep "nesting" there is a long line, read as written.
    String brackets = "[".repeat(200_000);
    assertTimeoutPreemptively(
        HANG,
        () -> {
          ReadResult r = text.read("Fiche: Haken\n\n2. Essentie voorstel\n\n" + brackets + "\n");
          assertThat(TextWriter.create().write(r.getDocument())).contains(brackets);
        });
  }

  @Test
  void a100MegabyteStringIsRefusedWithoutReadingItAll() {
    long[] served = new long[1];
    InputStream hundredMb = generated("{\"fiches\":[{\"titel\":\"", 100_000_000L, served);
    assertTimeoutPreemptively(
        HANG,
        () ->
            assertThatThrownBy(() -> json.read(hundredMb))
                .isInstanceOfSatisfying(
                    FicheJsonException.class,
                    e -> {
                      assertThat(e.getPointer()).isEqualTo("/fiches/0/titel");
                      assertThat(e.getMessage()).contains("5000000");
                    }));
    assertThat(served[0]).isLessThan(FicheJson.DEFAULT_MAX_DOCUMENT_LENGTH);
    // Under the string limit but over the document limit.
    String many = "{\"fiches\":[" + "{\"titel\":\"" + "x".repeat(4_000_000) + "\"},".repeat(1);
    StringBuilder big = new StringBuilder(many);
    for (int i = 0; i < 5; i++) {
      big.append("{\"titel\":\"").append("y".repeat(4_000_000)).append("\"},");
    }
    big.setLength(big.length() - 1);
    big.append("]}");
    assertThatThrownBy(() -> json.read(big.toString()))
        .isInstanceOfSatisfying(
            FicheJsonException.class, e -> assertThat(e.getMessage()).contains("20000000"));
    // The limits are configurable.
    FicheJson small = FicheJson.builder().maxStringLength(10).build();
    assertThatThrownBy(() -> small.read("{\"fiches\":[{\"titel\":\"elf tekens!\"}]}"))
        .isInstanceOf(FicheJsonException.class);
  }

  @Test
  void unknownFieldsWrongTypesAndDuplicateKeysNameThePointer() {
    assertThatThrownBy(() -> json.read("{\"fiches\":[{\"titel\":\"t\",\"geheim\":1}]}"))
        .isInstanceOfSatisfying(
            FicheJsonException.class,
            e -> {
              assertThat(e.getPointer()).isEqualTo("/fiches/0/geheim");
              assertThat(e.getMessage()).contains("geheim");
            });
    assertThatThrownBy(() -> json.read("{\"fiches\":[{\"titel\":42}]}"))
        .isInstanceOfSatisfying(
            FicheJsonException.class, e -> assertThat(e.getPointer()).isEqualTo("/fiches/0/titel"));
    assertThatThrownBy(() -> json.read("{\"fiches\":{\"titel\":\"t\"}}"))
        .isInstanceOfSatisfying(
            FicheJsonException.class, e -> assertThat(e.getPointer()).isEqualTo("/fiches"));
    assertThatThrownBy(() -> json.read("{\"fiches\":[{\"titel\":\"a\",\"titel\":\"b\"}]}"))
        .isInstanceOfSatisfying(
            FicheJsonException.class,
            e -> assertThat(e.getMessage()).containsIgnoringCase("duplicate"));
    assertThatThrownBy(() -> json.read("{\"fiches\":[{\"sjabloon\":\"ONBEKEND\"}]}"))
        .isInstanceOfSatisfying(
            FicheJsonException.class,
            e -> assertThat(e.getPointer()).isEqualTo("/fiches/0/sjabloon"));
    assertThatThrownBy(() -> json.read("{\"fiches\":[{\"titel\":null}]}"))
        .isInstanceOf(FicheJsonException.class);
    // A type name is just an unknown field: no polymorphic typing.
    assertThatThrownBy(() -> json.read("{\"@class\":\"java.lang.ProcessBuilder\",\"fiches\":[]}"))
        .isInstanceOfSatisfying(
            FicheJsonException.class, e -> assertThat(e.getPointer()).isEqualTo("/@class"));
  }

  @Test
  void a60MegabyteTextFileIsRefusedBeforeItIsRead() throws IOException {
    Path sixty = dir.resolve("zestig.txt");
    try (RandomAccessFile f = new RandomAccessFile(sixty.toFile(), "rw")) {
      f.setLength(60_000_000L); // sparse: nothing is written, and nothing may be read
    }
    assertTimeoutPreemptively(
        HANG,
        () ->
            assertThatThrownBy(() -> text.read(sixty))
                .isInstanceOfSatisfying(
                    FicheReadException.class,
                    e ->
                        assertThat(e.getMessageEn())
                            .contains(String.valueOf(TextReader.DEFAULT_MAX_INPUT_CHARS))));
    // The limit is configurable, and a Reader is read only until it is exceeded.
    TextReader small = TextReader.builder().maxInputChars(100_000).build();
    long[] served = new long[1];
    Reader endless =
        new Reader() {
          @Override
          public int read(char[] buf, int off, int len) {
            Arrays.fill(buf, off, off + len, 'x');
            served[0] += len;
            return len;
          }

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> small.read(endless)).isInstanceOf(FicheReadException.class);
    assertThat(served[0]).isLessThan(200_000);
    // JSON from a stream stops at its document limit too.
    long[] jsonServed = new long[1];
    FicheJson limited = FicheJson.builder().maxDocumentLength(1_000_000).build();
    assertThatThrownBy(
            () ->
                limited.read(
                    generated("{\"fiches\":[" + "{},".repeat(10), 60_000_000L, jsonServed)))
        .isInstanceOf(FicheJsonException.class);
    assertThat(jsonServed[0]).isLessThan(2_000_000);
  }

  @Test
  void identifierLookAlikesRepeated100000TimesOnOneLine() {
    List<String> units =
        List.of(
            "COM(2025) 1, ",
            "COM(",
            "COM(2025",
            "32025R0001 ",
            "3202",
            "2025/0001(COD) ",
            "2025/",
            "Kamerstuk 22 112, nr. ",
            "22 112 ",
            "1 januari 2025 ",
            "31-12-",
            "SEC(2025) 9 ",
            "JOIN(2025) 2 en ",
            "[footnoteRef:",
            "[1:  ",
            "a) ",
            "(",
            "\u2022 ");
    FicheValidator validator = Today.validator();
    for (String unit : units) {
      String line = unit.repeat(100_000);
      assertTimeoutPreemptively(
          HANG,
          () -> {
            String fiche =
                "Fiche: Herhaling\n\n1. Algemene gegevens\n\na) Titel voorstel\n"
                    + line
                    + "\n\nc) Nr. Commissiedocument\n"
                    + line
                    + "\n\n2. Essentie voorstel\n\n"
                    + line
                    + "\n";
            KamerstukDocument doc = text.read(fiche).getDocument();
            validator.validate(doc, Profile.DEFINITIEF);
            TextWriter.create().write(doc);
            MarkdownWriter.create().write(doc);
            HtmlWriter.create().write(doc);
            KamerstukDocument fromJson =
                json.read(
                    "{\"fiches\":[{\"titel\":\"x\",\"algemeneGegevens\":{\"commissieDocumenten\":[\""
                        + line
                        + "\"],\"procedures\":[\""
                        + line
                        + "\"],\"datumOntvangst\":\""
                        + line
                        + "\"}}]}");
            validator.validate(fromJson, Profile.DEFINITIEF);
          },
          () -> "look-alike " + unit);
    }
  }

  @Test
  void controlCharactersInTextAreReportedWithTheirPlace() {
    for (char c : new char[] {'\u0000', '\u0001', '\u001b', '\u007f'}) {
      assertThatThrownBy(() -> text.read("Fiche: Ti" + c + "tel\n"))
          .isInstanceOfSatisfying(
              FicheReadException.class,
              e -> {
                assertThat(e.getLine()).isEqualTo(1);
                assertThat(e.getColumn()).isEqualTo(10);
                assertThat(e.getMessageEn()).contains(String.format("U+%04X", (int) c));
              });
    }
    // Bidi controls are text: read faithfully, neutralised only where output is shown.
    Fiche f =
        text.read("Fiche: Titel \u202Eesrevni\u202C\n\n2. Essentie voorstel\n\nTekst.\n")
            .getDocument()
            .getFiches()
            .get(0);
    assertThat(f.getTitel()).isEqualTo("Titel \u202Eesrevni\u202C");
    assertThat(f.getAlgemeneGegevens().map(AlgemeneGegevens::getTitels)).isEmpty();
  }

  /**
   * A stream of {@code prefix} followed by 'x' up to {@code length} bytes, counting what was read.
   */
  private static InputStream generated(String prefix, long length, long[] served) {
    byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (served[0] >= length) {
          return -1;
        }
        int n = (int) Math.min(len, length - served[0]);
        for (int i = 0; i < n; i++) {
          long at = served[0] + i;
          b[off + i] = at < head.length ? head[(int) at] : (byte) 'x';
        }
        served[0] += n;
        return n;
      }
    };
  }
}
