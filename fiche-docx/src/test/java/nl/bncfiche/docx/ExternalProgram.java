package nl.bncfiche.docx;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** A program on the PATH that a test needs: the test skips, saying so, where it is absent. */
final class ExternalProgram {
  private ExternalProgram() {}

  /** Skips the calling test unless {@code name} is an executable on the PATH. */
  static void assume(String name, String install) {
    Assumptions.assumeTrue(
        find(name),
        name + " absent: skipped (install it with: sudo apt-get install -y " + install + ")");
  }

  static boolean find(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator, -1)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs {@code command} in {@code dir} with a timeout; its output goes to {@code log}.
   *
   * @throws IOException when it fails, times out or exits non-zero (with its log)
   */
  static void run(Path dir, long timeoutSeconds, List<String> command)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile(dir, "run", ".log");
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException(command.get(0) + " timed out: " + Files.readString(log));
    }
    if (p.exitValue() != 0) {
      throw new IOException(
          command.get(0) + " exited " + p.exitValue() + ": " + Files.readString(log));
    }
  }
}
