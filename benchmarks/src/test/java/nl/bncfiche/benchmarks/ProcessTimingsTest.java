package nl.bncfiche.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What {@link ProcessTimings} assumes of the repository it measures. */
class ProcessTimingsTest {
  @Test
  void theWarmBatchRunsWithTheCompilerOfTheFicheScript() throws Exception {
    // Surefire runs in the module's directory; the script is at the repository's root.
    String script = Files.readString(Path.of("..", "fiche"), StandardCharsets.UTF_8);
    assertThat(script).contains(ProcessTimings.CLI_COMPILER);
  }
}
