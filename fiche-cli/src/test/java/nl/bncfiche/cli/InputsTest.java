package nl.bncfiche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.VoorbeeldFiches;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Odd inputs: a batch goes on past what it cannot read; pipes, a closed standard input, file names
 * under LC_ALL=C, empty directories and limits of 0 or less are each a clear answer.
 */
class InputsTest {
  @TempDir Path dir;

  private String fiche() {
    return TextWriter.create().write(VoorbeeldFiches.mededeling());
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void aBatchReportsWhatItCannotReadAndGoesOn() throws IOException {
    Path batch = dir.resolve("batch");
    write("batch/a.txt", fiche());
    Files.createSymbolicLink(batch.resolve("b.txt"), batch.resolve("weg.txt"));
    write("batch/c/d.txt", fiche());
    Path missing = dir.resolve("ontbreekt.txt");
    FicheCliTest.Run r =
        FicheCliTest.run("validate", "--today", "2026-11-29", missing.toString(), batch.toString());
    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err)
        .isEqualTo(
            "fiche: "
                + missing
                + ": bestand of map bestaat niet\n"
                + "fiche: "
                + batch.resolve("b.txt")
                + ": kan niet lezen: bestaat niet\n");
    assertThat(r.out)
        .isEqualTo("2 bestanden gecontroleerd, 2 onbruikbaar: 0 fouten, 0 waarschuwingen.\n");
  }

  @Test
  void anEmptyOrFicheLessDirectoryIsExitTwo() throws IOException {
    Files.createDirectory(dir.resolve("leeg"));
    write("notities/notitie.md", "geen fiche");
    for (String d : new String[] {"leeg", "notities"}) {
      FicheCliTest.Run r = FicheCliTest.run("validate", dir.resolve(d).toString());
      assertThat(r.exit).isEqualTo(2);
      assertThat(r.err)
          .isEqualTo(
              "fiche: " + dir.resolve(d) + ": geen .txt-, .json- of .docx-bestand in deze map\n");
    }
  }

  @Test
  void limitsOfZeroOrLessAreRefused() throws IOException {
    Path file = write("f.txt", fiche());
    for (String limit : new String[] {"0", "-1"}) {
      for (String[] args :
          new String[][] {
            {"validate", "--max-size", limit, file.toString()},
            {"render", "--to", "text", "--max-size", limit, file.toString()},
            {"validate", "--max-size=" + limit, file.toString()},
          }) {
        FicheCliTest.Run r = FicheCliTest.run(args);
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err)
            .isEqualTo("fiche: --max-size moet ten minste 1 zijn, niet " + limit + ".\n");
      }
    }
    FicheCliTest.Run threads = FicheCliTest.run("validate", "--threads", "-3", file.toString());
    assertThat(threads.exit).isEqualTo(2);
    assertThat(threads.err).isEqualTo("fiche: --threads moet ten minste 1 zijn, niet -3.\n");
  }

  @Test
  void aPipeIsReadAsAStreamNeverSought() throws Exception {
    Path stdin = Path.of("/dev/stdin");
    Assumptions.assumeTrue(Files.exists(stdin), "no /dev/stdin on this system");
    byte[] text = fiche().getBytes(StandardCharsets.UTF_8);
    FicheCliTest.Run r =
        CliProcess.in(dir)
            .stdin(text)
            .run("validate", "--today", "2026-11-29", "--from", "text", stdin.toString());
    assertThat(r.err).isEmpty();
    assertThat(r.exit).isZero();
    FicheCliTest.Run render =
        CliProcess.in(dir)
            .stdin(text)
            .run("render", "--to", "text", "--from", "text", "/dev/stdin");
    assertThat(render.exit).as(render.err).isZero();
    assertThat(render.out).isEqualTo(fiche());
  }

  @Test
  void aClosedStandardInputIsAClearError() throws Exception {
    FicheCliTest.Run r =
        CliProcess.in(dir).jvm("-Dbncfiche.stdin.closed=true").run("validate", "-");
    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err)
        .isEqualTo(
            "fiche: -: standaardinvoer is gesloten; geef een bestand, of stuur de fiche naar de"
                + " opdracht\n");
  }

  @Test
  void fileNamesBeyondAsciiUnderTheCLocale() throws Exception {
    Path named = write("caf\u00e9.txt", fiche());
    write("map/\u00eb.txt", fiche());
    CliProcess c = CliProcess.in(dir).env("LC_ALL", "C");
    // Found by listing a directory, a name is opened by its own bytes: any locale reads it.
    FicheCliTest.Run listed =
        c.run("validate", "--today", "2026-11-29", dir.resolve("map").toString());
    assertThat(listed.err).isEmpty();
    assertThat(listed.out).isEqualTo("1 bestand gecontroleerd: 0 fouten, 0 waarschuwingen.\n");
    // Given as an argument, the JVM decodes it in the locale's character set before we see it:
    // read where that is UTF-8 (macOS), else refused with the way out.
    FicheCliTest.Run given = c.run("validate", "--today", "2026-11-29", named.toString());
    if (given.exit != 0) {
      assertThat(given.exit).isEqualTo(2);
      assertThat(given.err)
          .startsWith("fiche: ")
          .endsWith(
              "geen geldige bestandsnaam (de taalinstelling van het systeem, ANSI_X3.4-1968, kent"
                  + " niet elk teken van de naam: start met LC_ALL=C.UTF-8)\n");
    }
  }
}
