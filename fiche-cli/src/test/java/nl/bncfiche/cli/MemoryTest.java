package nl.bncfiche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.testing.VoorbeeldFiches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory follows the document, not the number of its values: positions are looked up for the issues
 * that need them only, never for {@code render}; running out of memory is one line.
 */
class MemoryTest {
  private static final int VALUES = 250_000;

  @TempDir Path dir;

  /**
   * The sample fiche with one paragraph of {@link #VALUES} one-letter strings (about 1 MB of JSON
   * on one line), the one at {@code marked} holding a BEL, which rule BNC-F-008 reports.
   */
  private Path manyValues(int marked) throws Exception {
    String json = FicheJson.create().write(VoorbeeldFiches.mededeling());
    StringBuilder paragraph = new StringBuilder("{\"soort\":\"ALINEA\",\"inhoud\":[");
    for (int i = 0; i < VALUES; i++) {
      paragraph.append(i == 0 ? "" : ",").append(i == marked ? "\"b\\u0007\"" : "\"a\"");
    }
    paragraph.append("]},");
    String marker = "\"alineas\" : [";
    int at = json.indexOf(marker) + marker.length();
    Path file = dir.resolve("veel.json");
    Files.writeString(
        file, json.substring(0, at) + paragraph + json.substring(at), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aJsonOfManyValuesIsRenderedAndValidatedInASmallHeap() throws Exception {
    int marked = VALUES - 7;
    Path file = manyValues(marked);
    CliProcess small = CliProcess.in(dir).jvm("-Xmx64m", "-XX:+UseSerialGC");
    FicheCliTest.Run render = small.run("render", "--to", "text", file.toString());
    assertThat(render.exit).as(render.err).isZero();
    assertThat(render.err).isEmpty();
    FicheCliTest.Run validate = small.run("validate", "--today", "2026-11-29", file.toString());
    assertThat(validate.exit).as(validate.err).isEqualTo(1);
    // The value's own line and column, found among a quarter million siblings.
    String content = Files.readString(file);
    int offset = content.indexOf("\"b\\u0007\"");
    int line = (int) content.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    int column = offset - content.lastIndexOf('\n', offset - 1);
    assertThat(validate.out)
        .contains(
            file
                + ":"
                + line
                + ":"
                + column
                + ": ERROR BNC-F-008 /fiches/0/essentie/inhoud/alineas/0/inhoud/"
                + marked
                + " ");
  }

  @Test
  void runningOutOfMemoryIsOneLineAndExitTwo() throws Exception {
    Path file = manyValues(-1);
    CliProcess tiny = CliProcess.in(dir).jvm("-Xmx16m", "-XX:+UseSerialGC");
    for (String[] args :
        new String[][] {
          {"render", "--to", "html", file.toString()}, {"validate", file.toString()}
        }) {
      FicheCliTest.Run r = tiny.run(args);
      assertThat(r.exit).as(r.err).isEqualTo(2);
      assertThat(r.err)
          .isEqualTo(
              "fiche: onvoldoende geheugen; geef de JVM meer (FICHE_JAVA_OPTS=-Xmx2g) of verlaag"
                  + " --max-size\n");
    }
  }
}
