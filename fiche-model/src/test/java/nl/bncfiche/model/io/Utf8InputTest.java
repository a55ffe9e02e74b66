package nl.bncfiche.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Utf8InputTest {
  @TempDir Path dir;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** {@code prefix}, then the byte {@code b}, then {@code suffix}. */
  private static byte[] with(String prefix, int b, String suffix) {
    byte[] p = utf8(prefix);
    byte[] s = utf8(suffix);
    byte[] all = new byte[p.length + 1 + s.length];
    System.arraycopy(p, 0, all, 0, p.length);
    all[p.length] = (byte) b;
    System.arraycopy(s, 0, all, p.length + 1, s.length);
    return all;
  }

  @Test
  void aFileIsReadAsUtf8WithoutItsByteOrderMark() throws IOException {
    Path file = dir.resolve("f.txt");
    Files.write(file, utf8("\ufeffCaf\u00e9 \u20ac \ud83d\ude00\r\n"));
    assertThat(Utf8Input.read(file, 1000)).isEqualTo("Caf\u00e9 \u20ac \ud83d\ude00\r\n");
    // The limit counts the byte-order mark: it is part of the file.
    assertThat(Utf8Input.read(file, Files.size(file))).startsWith("Caf");
    assertThatThrownBy(() -> Utf8Input.read(file, Files.size(file) - 1))
        .isInstanceOf(InputTooLargeException.class);
  }

  @Test
  void aFileOverTheLimitIsRefusedUnreadWithItsSize() throws IOException {
    Path big = dir.resolve("groot.txt");
    Files.write(big, new byte[5000]);
    assertThatThrownBy(() -> Utf8Input.read(big, 1000))
        .isInstanceOfSatisfying(
            InputTooLargeException.class,
            e -> {
              assertThat(e.getLimit()).isEqualTo(1000);
              assertThat(e.getSize()).hasValue(5000);
              assertThat(e.getMessage()).isEqualTo("5000 bytes, at most 1000 allowed");
            });
  }

  @Test
  void aDeviceThatNeverEndsIsReadOnlyToOneBytePastTheLimit() {
    // /dev/zero reports size 0 and never ends: it used to be read until the heap ran out.
    Assumptions.assumeTrue(Files.isReadable(Path.of("/dev/zero")), "needs /dev/zero");
    assertThatThrownBy(() -> Utf8Input.read(Path.of("/dev/zero"), 1000))
        .isInstanceOfSatisfying(
            InputTooLargeException.class,
            e -> {
              assertThat(e.getLimit()).isEqualTo(1000);
              assertThat(e.getSize()).isEmpty();
              assertThat(e.getMessage()).isEqualTo("more than 1000 bytes");
            });
  }

  @Test
  void aStreamIsReadToOneBytePastTheLimitAndLeftOpen() throws IOException {
    long[] served = new long[1];
    boolean[] closed = new boolean[1];
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            served[0]++;
            return 'x';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            served[0] += len;
            return len;
          }

          @Override
          public void close() {
            closed[0] = true;
          }
        };
    assertThatThrownBy(() -> Utf8Input.read(endless, 1000))
        .isInstanceOfSatisfying(
            InputTooLargeException.class, e -> assertThat(e.getSize()).isEmpty());
    assertThat(served[0]).isEqualTo(1001);
    assertThat(closed[0]).isFalse();
    // Standard input as the command line gets it: the rest of the stream, within the limit.
    ByteArrayInputStream stdin = new ByteArrayInputStream(utf8("\ufeffFiche: x\n"));
    assertThat(Utf8Input.read(stdin, 13)).isEqualTo("Fiche: x\n");
    assertThat(Utf8Input.read(new ByteArrayInputStream(new byte[0]), 0)).isEmpty();
  }

  @Test
  void aMalformedByteIsNamedWithItsOffsetLineAndColumn() throws IOException {
    Path file = dir.resolve("latin1.txt");
    Files.write(file, with("Fiche: caf", 0xE9, ""));
    assertThatThrownBy(() -> Utf8Input.read(file, 1000))
        .isInstanceOfSatisfying(
            MalformedUtf8Exception.class,
            e -> {
              assertThat(e.getValue()).isEqualTo(0xE9);
              assertThat(e.getOffset()).isEqualTo(10);
              assertThat(e.getLine()).isEqualTo(1);
              assertThat(e.getColumn()).isEqualTo(11);
              assertThat(e.getMessage())
                  .isEqualTo("not UTF-8: byte 0xE9 at offset 10 (line 1, column 11)");
            });
    // The offset counts bytes from the start, byte-order mark included; the column counts
    // characters
    // of the line, as SourcePosition does; "\r\n", "\n" and "\r" each end a line.
    byte[] bytes = with("\ufeff{\r\n  \"titel\": \"\u20ac\n\r", 0xFF, "\"}");
    assertThatThrownBy(() -> Utf8Input.read(new ByteArrayInputStream(bytes), 1000))
        .isInstanceOfSatisfying(
            MalformedUtf8Exception.class,
            e -> {
              assertThat(e.getValue()).isEqualTo(0xFF);
              assertThat(e.getOffset()).isEqualTo(bytes.length - 3);
              assertThat(e.getLine()).isEqualTo(4);
              assertThat(e.getColumn()).isEqualTo(1);
            });
    assertThatThrownBy(
            () -> Utf8Input.read(new ByteArrayInputStream(with("ab\ncd", 0xC3, "")), 1000))
        .isInstanceOfSatisfying(
            MalformedUtf8Exception.class,
            e -> {
              assertThat(e.getLine()).isEqualTo(2);
              assertThat(e.getColumn()).isEqualTo(3);
            });
  }

  @Test
  void aFileOfAnotherFileSystemIsReadToo() throws IOException {
    URI zip = URI.create("jar:" + dir.resolve("a.zip").toUri());
    try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
      Path file = fs.getPath("/f.txt");
      Files.write(file, utf8("zip"));
      assertThat(Utf8Input.read(file, 3)).isEqualTo("zip");
      assertThatThrownBy(() -> Utf8Input.read(file, 2)).isInstanceOf(InputTooLargeException.class);
    }
  }

  @Test
  void aMissingFileAndANegativeLimitAreSaidSo() {
    assertThatThrownBy(() -> Utf8Input.read(dir.resolve("ontbreekt.txt"), 1000))
        .isInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> Utf8Input.read(new ByteArrayInputStream(new byte[0]), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
