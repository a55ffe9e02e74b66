package nl.bncfiche.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training run of the launcher's ahead-of-time cache does the work it is meant to keep. */
class TrainingTest {
  @TempDir Path scratch;

  @Test
  void rendersAndValidatesTheExampleFicheWithoutAFailure() throws Exception {
    Path example = Path.of("..", "examples", "voorbeeld-fiche.txt");

    assertThat(Training.run(example, scratch)).isTrue();
    assertThat(Files.readString(scratch.resolve("training.json"))).startsWith("{");
    // a .docx is a zip: "PK"
    assertThat(Files.readAllBytes(scratch.resolve("training.docx"))).startsWith('P', 'K');
    try (var files = Files.list(scratch)) {
      assertThat(files).hasSize(2);
    }
  }

  @Test
  void aFicheThatCannotBeReadFailsTheTraining() {
    assertThat(Training.run(scratch.resolve("ontbreekt.txt"), scratch)).isFalse();
  }
}
