package nl.bncfiche.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output file is replaced whole or not at all, and never over an input. */
class OutputFileTest {
  @TempDir Path dir;

  private Path old(String name) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, "de oude inhoud\n");
    return p;
  }

  private List<String> names() throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.forEach(p -> names.add(p.getFileName().toString()));
    }
    names.sort(null);
    return names;
  }

  private static OutputFile.Body text(String s) {
    return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aWriteThatFailsHalfWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path target = old("uit.html");
    OutputFile.Body fullDisk =
        out -> {
          out.write(new byte[4096]);
          throw new IOException("No space left on device");
        };
    assertThatThrownBy(() -> OutputFile.write(target, List.of(), fullDisk))
        .isInstanceOfSatisfying(
            OutputFile.Refused.class,
            e -> {
              assertThat(e.reason(true))
                  .isEqualTo("kan niet schrijven: geen ruimte meer op de schijf");
              assertThat(e.reason(false)).isEqualTo("cannot write: no space left on device");
            });
    assertThat(Files.readString(target)).isEqualTo("de oude inhoud\n");
    assertThat(names()).containsExactly("uit.html");
    OutputFile.Body bug =
        out -> {
          out.write(1);
          throw new IllegalStateException("een fout in een schrijver");
        };
    assertThatThrownBy(() -> OutputFile.write(target, List.of(), bug))
        .isInstanceOf(IllegalStateException.class);
    assertThat(Files.readString(target)).isEqualTo("de oude inhoud\n");
    assertThat(names()).containsExactly("uit.html");
  }

  @Test
  void aNewFileIsWrittenAndAnOldOneReplaced() throws Exception {
    Path fresh = dir.resolve("nieuw.txt");
    OutputFile.write(fresh, List.of(), text("nieuw\n"));
    assertThat(Files.readString(fresh)).isEqualTo("nieuw\n");
    Path target = old("uit.txt");
    OutputFile.write(target, List.of(), text("vervangen\n"));
    assertThat(Files.readString(target)).isEqualTo("vervangen\n");
    assertThat(names()).containsExactly("nieuw.txt", "uit.txt");
  }

  @Test
  void theOldFilesPermissionsStay() throws Exception {
    Path target = old("uit.txt");
    PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    Assumptions.assumeTrue(view != null, "no POSIX permissions on this file system");
    view.setPermissions(PosixFilePermissions.fromString("rw-r-----"));
    OutputFile.write(target, List.of(), text("vervangen\n"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo("rw-r-----");
  }

  @Test
  void aSymbolicLinkStaysAndItsFileIsReplaced() throws Exception {
    Path real = old("echt.txt");
    Path link = Files.createSymbolicLink(dir.resolve("koppeling.txt"), real.getFileName());
    OutputFile.write(link, List.of(), text("vervangen\n"));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("vervangen\n");
  }

  @Test
  void anInputIsNeverOverwrittenByAnyName() throws Exception {
    Path input = old("fiche.txt");
    Path link = Files.createSymbolicLink(dir.resolve("koppeling.txt"), input.getFileName());
    Path hard = Files.createLink(dir.resolve("harde-koppeling.txt"), input);
    Path roundabout = dir.resolve("sub").resolve("..").resolve("fiche.txt");
    Files.createDirectory(dir.resolve("sub"));
    for (Path target : new Path[] {input, link, hard, roundabout}) {
      assertThatThrownBy(() -> OutputFile.write(target, List.of(input), text("weg\n")))
          .as(target.toString())
          .isInstanceOfSatisfying(
              OutputFile.Refused.class,
              e ->
                  assertThat(e.reason(true))
                      .isEqualTo("is ook de invoer; kies een ander uitvoerbestand"));
      assertThat(Files.readString(input)).isEqualTo("de oude inhoud\n");
    }
  }

  @Test
  void aDirectoryOrAMissingFolderIsRefused() {
    assertThatThrownBy(() -> OutputFile.write(dir, List.of(), text("x")))
        .isInstanceOfSatisfying(
            OutputFile.Refused.class, e -> assertThat(e.reason(true)).isEqualTo("is een map"));
    assertThatThrownBy(
            () ->
                OutputFile.write(dir.resolve("geen-map").resolve("uit.txt"), List.of(), text("x")))
        .isInstanceOfSatisfying(
            OutputFile.Refused.class,
            e -> assertThat(e.reason(true)).isEqualTo("kan niet schrijven: bestaat niet"));
  }

  @Test
  void aReaderSeesTheOldFileOrTheNewOneNeverAPart() throws Exception {
    String a = "a".repeat(200_000);
    String b = "b".repeat(300_000);
    Path target = dir.resolve("uit.txt");
    Files.writeString(target, a);
    AtomicBoolean done = new AtomicBoolean();
    List<String> seen = new ArrayList<>();
    Thread reader =
        new Thread(
            () -> {
              while (!done.get()) {
                try {
                  String s = Files.readString(target);
                  if (!s.equals(a) && !s.equals(b)) {
                    synchronized (seen) {
                      seen.add(s.length() + " characters");
                    }
                  }
                } catch (IOException e) {
                  synchronized (seen) {
                    seen.add(e.toString());
                  }
                }
              }
            });
    reader.start();
    try {
      for (int i = 0; i < 60; i++) {
        OutputFile.write(target, List.of(), text(i % 2 == 0 ? b : a));
      }
    } finally {
      done.set(true);
      reader.join();
    }
    synchronized (seen) {
      assertThat(seen).isEmpty();
    }
  }
}
