package nl.bncfiche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.VoorbeeldFiches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write error on any output is exit 2 with one line naming the reason, never a silent exit 0. */
class OutputErrorsTest {
  @TempDir Path dir;

  /** Takes {@code room} bytes, then fails as a full disk does. */
  static final class FullDisk extends OutputStream {
    private int room;

    FullDisk(int room) {
      this.room = room;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len > room) {
        room = 0;
        throw new IOException("No space left on device");
      }
      room -= len;
    }
  }

  private Path fiche() throws IOException {
    Path p = dir.resolve("fiche.txt");
    Files.writeString(p, TextWriter.create().write(VoorbeeldFiches.mededeling()));
    return p;
  }

  private static FicheCliTest.Run run(OutputStream out, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        FicheCli.run(args, new ByteArrayInputStream(new byte[0]), out, err, FicheCliTest.TODAY);
    return new FicheCliTest.Run(exit, "", err.toString(StandardCharsets.UTF_8));
  }

  private String[][] commands() throws IOException {
    String f = fiche().toString();
    return new String[][] {
      {"render", "--to", "text", f},
      {"render", "--to", "json", f},
      {"render", "--to", "html", f},
      {"validate", "--format", "json", f},
      {"validate", f},
      {"validate", "--threads", "2", f, f, f},
      {"rules"},
      {"rules", "--format", "json"},
      {"--help"},
      {"validate", "--help"},
      {"--version"},
      {"generate-completion"},
    };
  }

  @Test
  void aFullDiskOnStandardOutputIsExitTwoWithTheReason() throws IOException {
    for (String[] args : commands()) {
      for (int room : new int[] {0, 20}) {
        FicheCliTest.Run r = run(new FullDisk(room), args);
        String what = String.join(" ", args) + " with room for " + room;
        assertThat(r.exit).as(what).isEqualTo(2);
        assertThat(r.err)
            .as(what)
            .isEqualTo(
                "fiche: standaarduitvoer: kan niet schrijven: geen ruimte meer op de schijf\n");
      }
    }
    String[] english = {"validate", "--lang", "en", fiche().toString()};
    assertThat(run(new FullDisk(0), english).err)
        .isEqualTo("fiche: standard output: cannot write: no space left on device\n");
  }

  @Test
  void aPrintStreamsSwallowedErrorIsExitTwoToo() throws IOException {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        FicheCli.run(
            new String[] {"render", "--to", "text", fiche().toString()},
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(new FullDisk(10), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("fiche: standaarduitvoer: kan niet schrijven\n");
  }

  @Test
  void aFailingStandardErrorIsExitTwo() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String missing = dir.resolve("ontbreekt.txt").toString();
    for (String[] args :
        new String[][] {
          {"validate", missing},
          {"validate", "--bogus", missing},
          {"render", "--to", "text", missing},
        }) {
      int exit =
          FicheCli.run(
              args,
              new ByteArrayInputStream(new byte[0]),
              out,
              new FullDisk(0),
              FicheCliTest.TODAY);
      assertThat(exit).as(String.join(" ", args)).isEqualTo(2);
    }
    // A valid fiche writes nothing to standard error: its exit code is untouched.
    int ok =
        FicheCli.run(
            new String[] {"validate", fiche().toString()},
            new ByteArrayInputStream(new byte[0]),
            out,
            new FullDisk(0),
            FicheCliTest.TODAY);
    assertThat(ok).isZero();
  }
}
