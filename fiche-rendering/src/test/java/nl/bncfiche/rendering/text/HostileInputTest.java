package nl.bncfiche.rendering.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.fixture.SampleDocuments;
import nl.bncfiche.model.io.InputTooLargeException;
import nl.bncfiche.model.io.MalformedUtf8Exception;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that is not a fiche, not text, or built to hurt: an exception with a place, or a faithful
 * result.
 */
class HostileInputTest {
  private final TextReader reader = TextReader.create();

  @Test
  void emptyAndBlankText() {
    for (String text : new String[] {"", "\n\n", "  \t \r\n", "\ufeff"}) {
      assertThatThrownBy(() -> reader.read(text))
          .isInstanceOfSatisfying(
              FicheReadException.class,
              e -> {
                assertThat(e.getMessageEn()).isEqualTo("The text is empty.");
                assertThat(e.getMessageNl()).isEqualTo("De tekst is leeg.");
                assertThat(e.getLine()).isEqualTo(1);
              });
    }
  }

  @Test
  void textThatIsNoFiche() {
    assertThatThrownBy(() -> reader.read("\nBoodschappenlijst\nmelk, brood\n"))
        .isInstanceOfSatisfying(
            FicheReadException.class,
            e -> {
              assertThat(e.getLine()).isEqualTo(2);
              assertThat(e.getColumn()).isEqualTo(1);
              assertThat(e.getMessageNl()).startsWith("Geen fiche");
              assertThat(e.getMessageEn()).startsWith("Not a fiche");
              assertThat(e.getMessage()).contains("line 2, column 1");
            });
  }

  @Test
  void binaryAndControlCharacters() {
    assertThatThrownBy(() -> reader.read("Fiche: x\n1. Algemene gegevens\nab\u0000cd"))
        .isInstanceOfSatisfying(
            FicheReadException.class,
            e -> {
              assertThat(e.getLine()).isEqualTo(3);
              assertThat(e.getColumn()).isEqualTo(3);
              assertThat(e.getMessageEn()).contains("U+0000");
            });
    assertThatThrownBy(() -> reader.read("Fiche: x\u0007")).isInstanceOf(FicheReadException.class);
    // Tab, vertical tab and form feed are white space, not binary.
    Fiche f =
        reader.read("Fiche:\tx\u000b\n\f1. Algemene gegevens\n").getDocument().getFiches().get(0);
    assertThat(f.getTitel()).isEqualTo("x");
    assertThat(f.getAlgemeneGegevens()).contains(AlgemeneGegevens.builder().build());
  }

  @Test
  void loneSurrogatesAreNotText() {
    String[][] cases = {
      {"Fiche: x\n1. Algemene gegevens\nab\ud83dcd", "3", "3", "U+D83D"},
      {"Fiche: x\ude00", "1", "9", "U+DE00"},
      {"Fiche: x\n\n\ud83d", "3", "1", "U+D83D"},
      {"\ufeffFiche: \ud83d\ud83d\ude00", "1", "8", "U+D83D"},
      {"Fiche: \ud83d\ude00\ude00", "1", "10", "U+DE00"},
    };
    for (String[] c : cases) {
      assertThatThrownBy(() -> reader.read(c[0]))
          .as(c[0])
          .isInstanceOfSatisfying(
              FicheReadException.class,
              e -> {
                assertThat(e.getLine()).isEqualTo(Integer.parseInt(c[1]));
                assertThat(e.getColumn()).isEqualTo(Integer.parseInt(c[2]));
                assertThat(e.getMessageEn()).contains("lone surrogate " + c[3]);
                assertThat(e.getMessageNl()).contains(c[3]);
              });
    }
    // A pair is one character.
    assertThat(reader.read("Fiche: \ud83d\ude00 x\n").getDocument().getFiches())
        .singleElement()
        .satisfies(f -> assertThat(f.getTitel()).isEqualTo("\ud83d\ude00 x"));
  }

  @Test
  void bytesThatAreNotUtf8(@TempDir Path dir) throws Exception {
    byte[] prefix = "Fiche: caf".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[prefix.length + 1];
    System.arraycopy(prefix, 0, bytes, 0, prefix.length);
    bytes[prefix.length] = (byte) 0xE9;
    Path file = dir.resolve("latin1.txt");
    Files.write(file, bytes);
    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOfSatisfying(
            FicheReadException.class,
            e -> {
              assertThat(e.getMessageEn()).isEqualTo("Not UTF-8 text: byte 0xE9 at offset 10.");
              assertThat(e.getMessageNl()).contains("0xE9").contains("10");
            });
    Path random = dir.resolve("random.bin");
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    Files.write(random, noise);
    assertThatThrownBy(() -> reader.read(random)).isInstanceOf(FicheReadException.class);
  }

  @Test
  void aRefusedFileSaysWhyInItsCause(@TempDir Path dir) throws Exception {
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, new byte[] {'F', 'i', 'c', 'h', 'e', ':', ' ', 'x', '\n', (byte) 0xE9});
    assertThatThrownBy(() -> reader.read(latin1))
        .isInstanceOfSatisfying(
            FicheReadException.class,
            e ->
                assertThat(e.getCause())
                    .isInstanceOfSatisfying(
                        MalformedUtf8Exception.class,
                        c -> {
                          assertThat(c.getOffset()).isEqualTo(9);
                          assertThat(c.getLine()).isEqualTo(2);
                          assertThat(c.getColumn()).isEqualTo(1);
                        }));
    Path big = dir.resolve("big.txt");
    Files.write(big, new byte[3004]);
    assertThatThrownBy(() -> TextReader.builder().maxInputChars(1000).build().read(big))
        .isInstanceOfSatisfying(
            FicheReadException.class,
            e ->
                assertThat(e.getCause())
                    .isInstanceOfSatisfying(
                        InputTooLargeException.class,
                        c -> {
                          assertThat(c.getLimit()).isEqualTo(3003);
                          assertThat(c.getSize()).hasValue(3004);
                        }));
  }

  @Test
  void bomAndCrlfAreAccepted(@TempDir Path dir) throws Exception {
    String text = TextWriter.create().write(SampleDocuments.volledig());
    Path file = dir.resolve("crlf.txt");
    Files.write(file, ("\ufeff" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
    ReadResult r = reader.read(file);
    assertThat(r.getDocument()).isEqualTo(SampleDocuments.volledig());
    assertThat(r.getSourceMap().positionOf("/kop").orElseThrow())
        .isEqualTo(SourcePosition.of(1, 1));
    assertThat(reader.read(new StringReader(text)).getDocument())
        .isEqualTo(SampleDocuments.volledig());
  }

  @Test
  void inputOverTheLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
    TextReader small = TextReader.builder().maxInputChars(1000).build();
    int[] served = new int[1];
    Reader sixtyMegabytes =
        new Reader() {
          @Override
          public int read(char[] buf, int off, int len) {
            if (served[0] >= 60_000_000) {
              return -1;
            }
            int n = Math.min(len, 60_000_000 - served[0]);
            java.util.Arrays.fill(buf, off, off + n, 'x');
            served[0] += n;
            return n;
          }

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> small.read(sixtyMegabytes))
        .isInstanceOfSatisfying(
            FicheReadException.class, e -> assertThat(e.getMessageEn()).contains("1000"));
    assertThat(served[0]).isLessThan(100_000);
    assertThatThrownBy(() -> small.read("x".repeat(1001))).isInstanceOf(FicheReadException.class);
    Path big = dir.resolve("big.txt");
    Files.write(big, new byte[60_000_000]);
    assertThatThrownBy(() -> small.read(big)).isInstanceOf(FicheReadException.class);
    // A device reports size 0 and never ends: read up to the limit only, not until the heap is
    // full.
    if (Files.isReadable(Path.of("/dev/zero"))) {
      assertThatThrownBy(() -> small.read(Path.of("/dev/zero")))
          .isInstanceOfSatisfying(
              FicheReadException.class, e -> assertThat(e.getMessageEn()).contains("1000"));
    }
    assertThatThrownBy(() -> TextReader.builder().maxInputChars(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pathologicalLinesReadPromptly() {
    String com = "COM(".repeat(100_000);
    assertThatThrownBy(() -> reader.read(com)).isInstanceOf(FicheReadException.class);
    String text =
        "Fiche: x\n\n1. Algemene gegevens\n\nc) Nr. Commissiedocument\n"
            + com
            + "\n\nd) EUR-Lex\n"
            + com
            + "\n\na) Titel voorstel\n"
            + com
            + "\n\nb) Datum ontvangst Commissiedocument\n"
            + com
            + "\n\n2. Essentie voorstel\n\n"
            + "[footnoteRef:1]".repeat(50_000)
            + "\n"
            + "[1: ".repeat(50_000)
            + "\n"
            + "(".repeat(100_000)
            + "\n";
    ReadResult r = reader.read(text);
    AlgemeneGegevens ag = r.getDocument().getFiches().get(0).getAlgemeneGegevens().orElseThrow();
    assertThat(ag.getCommissieDocumenten()).hasSize(1);
    assertThat(ag.getCommissieDocumenten().get(0).isParsed()).isFalse();
    assertThat(ag.getCommissieDocumenten().get(0).getText()).isEqualTo(com);
    assertThat(ag.getDatumOntvangst().orElseThrow().isParsed()).isFalse();
    String written = TextWriter.create().write(r.getDocument());
    assertThat(written).contains(com);
  }
}
