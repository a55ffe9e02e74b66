package nl.bncfiche.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A standard input that was closed when the JVM started is refused, not read as the JVM's file. */
class StandardInputTest {
  @TempDir Path dir;

  private StandardInput withDescriptorOn(Path target) throws IOException {
    Path descriptor = Files.createSymbolicLink(dir.resolve("0"), target);
    return new StandardInput(new ByteArrayInputStream(new byte[] {'x'}), descriptor);
  }

  @Test
  void theJvmsRuntimeImageOnDescriptorZeroMeansClosed() throws IOException {
    Path modules = Path.of(System.getProperty("java.home"), "lib", "modules");
    StandardInput in = withDescriptorOn(modules);
    assertThatThrownBy(in::read).isInstanceOf(StandardInput.Closed.class);
    assertThatThrownBy(() -> in.read(new byte[10], 0, 10)).isInstanceOf(StandardInput.Closed.class);
  }

  @Test
  void aClassDataArchiveOnDescriptorZeroMeansClosed() throws IOException {
    StandardInput in = withDescriptorOn(dir.resolve("fiche-cli-all.jsa"));
    assertThatThrownBy(in::read).isInstanceOf(StandardInput.Closed.class);
  }

  @Test
  void aPipeOrAFileOfTheUsersIsRead() throws IOException {
    assertThat(withDescriptorOn(Path.of("pipe:[12345]")).read()).isEqualTo('x');
    Files.delete(dir.resolve("0"));
    assertThat(withDescriptorOn(dir.resolve("fiche.txt")).read()).isEqualTo('x');
    assertThat(new StandardInput(new ByteArrayInputStream(new byte[] {'y'}), null).read())
        .isEqualTo('y');
  }
}
