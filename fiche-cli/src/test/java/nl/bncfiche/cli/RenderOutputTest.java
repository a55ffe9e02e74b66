package nl.bncfiche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.VoorbeeldFiches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render -o}: the file is replaced whole, never over the input, and a refusal is exit 2. */
class RenderOutputTest {
  @TempDir Path dir;

  private Path fiche() throws IOException {
    Path p = dir.resolve("fiche.txt");
    Files.writeString(p, TextWriter.create().write(VoorbeeldFiches.mededeling()));
    return p;
  }

  @Test
  void anOutputFileIsReplacedAndNothingElseIsLeft() throws IOException {
    Path input = fiche();
    Path out = dir.resolve("uit.html");
    Files.writeString(out, "oud");
    FicheCliTest.Run r =
        FicheCliTest.run("render", "--to", "html", "-o", out.toString(), input.toString());
    assertThat(r.exit).as(r.err).isZero();
    assertThat(r.out).isEmpty();
    assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("fiche.txt", "uit.html");
    }
  }

  @Test
  void theInputIsNeverTheOutput() throws IOException {
    Path input = fiche();
    String before = Files.readString(input);
    Path link = Files.createSymbolicLink(dir.resolve("koppeling.txt"), input.getFileName());
    for (Path target : new Path[] {input, link}) {
      FicheCliTest.Run r =
          FicheCliTest.run("render", "--to", "markdown", "-o", target.toString(), input.toString());
      assertThat(r.exit).isEqualTo(2);
      assertThat(r.err)
          .isEqualTo("fiche: " + target + ": is ook de invoer; kies een ander uitvoerbestand\n");
      assertThat(Files.readString(input)).isEqualTo(before);
    }
  }

  @Test
  void aFolderThatIsNotThereIsExitTwoWithTheReason() throws IOException {
    Path out = dir.resolve("geen-map").resolve("uit.txt");
    FicheCliTest.Run r =
        FicheCliTest.run(
            "render", "--lang", "en", "--to", "text", "-o", out.toString(), fiche().toString());
    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err).isEqualTo("fiche: " + out + ": cannot write: no such file or directory\n");
  }
}
