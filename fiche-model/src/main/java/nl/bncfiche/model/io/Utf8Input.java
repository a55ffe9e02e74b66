package nl.bncfiche.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import nl.bncfiche.model.internal.Utf8;

/**
 * Reads a file or stream as strict UTF-8 text, taking at most a given number of bytes: how {@code
 * TextReader.read(Path)} and {@code FicheJson.read(Path)} read a file, for an application that
 * needs the text itself (to read it twice, or to keep it beside the document).
 *
 * <p>A file whose size alone is over the limit is refused unread; of any other input at most one
 * byte past the limit is read, so that a device that reports size 0 and never ends ({@code
 * /dev/zero}), a file that grows or an endless stream cannot fill the heap. A malformed byte is
 * refused, never replaced. A UTF-8 byte-order mark is dropped. Stateless and thread-safe.
 */
public final class Utf8Input {
  /** The most bytes an array holds, less the one byte read past the limit. */
  private static final long MAX_LIMIT = Integer.MAX_VALUE - 9;

  private Utf8Input() {}

  /**
   * The text of {@code file}.
   *
   * @param maxBytes the most bytes taken; a limit above {@code Integer.MAX_VALUE - 9}, more than an
   *     array holds, is taken as that
   * @throws InputTooLargeException when the file has more than {@code maxBytes} bytes
   * @throws MalformedUtf8Exception when the file is not UTF-8
   * @throws IOException when the file cannot be read ({@code NoSuchFileException} when it does not
   *     exist)
   * @throws IllegalArgumentException when {@code maxBytes} is negative
   */
  public static String read(Path file, long maxBytes) throws IOException {
    Objects.requireNonNull(file, "file");
    long limit = limit(maxBytes);
    long size = Files.size(file);
    if (size > limit) {
      throw new InputTooLargeException(limit, size);
    }
    // Files.newInputStream, not FileInputStream(file.toFile()): the path's own bytes are opened, so
    // a name the locale cannot spell (é under LC_ALL=C) found by listing a directory still opens.
    // Why a file cannot be opened is then the exception's type (AccessDeniedException).
    try (InputStream in = Files.newInputStream(file)) {
      return readAtMost(in, limit, size);
    }
  }

  /**
   * The text of the rest of {@code in}, which is not closed.
   *
   * @param maxBytes the most bytes taken, as for {@link #read(Path, long)}
   * @throws InputTooLargeException when the stream has more than {@code maxBytes} bytes left; it
   *     was read to one byte past the limit
   * @throws MalformedUtf8Exception when the bytes are not UTF-8
   * @throws IOException when reading fails
   * @throws IllegalArgumentException when {@code maxBytes} is negative
   */
  public static String read(InputStream in, long maxBytes) throws IOException {
    Objects.requireNonNull(in, "in");
    return readAtMost(in, limit(maxBytes), 0);
  }

  private static long limit(long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
    }
    return Math.min(maxBytes, MAX_LIMIT);
  }

  /** {@code size}: the bytes expected, 0 when not known; a hint, a file may grow or shrink. */
  private static String readAtMost(InputStream in, long limit, long size) throws IOException {
    byte[] bytes = readNBytes(in, (int) limit + 1, size);
    if (bytes.length > limit) {
      // Only limit + 1 bytes were read: all that is known is that there are more.
      throw new InputTooLargeException(limit, -1);
    }
    return decode(bytes);
  }

  /**
   * Up to {@code n} bytes of {@code in}, read with {@code read(byte[], int, int)} alone: a file
   * stream's {@code readNBytes} may ask the file for its position and size first (17.0.15 and 25
   * do), which fails with "Illegal seek" on a named pipe and on process substitution ({@code
   * <(…)}).
   */
  private static byte[] readNBytes(InputStream in, int n, long size) throws IOException {
    // One byte more than the size: reading it (the end) then needs no larger buffer.
    byte[] buffer = new byte[(int) Math.min(n, Math.max(8192, size + 1))];
    int length = 0;
    while (length < n) {
      if (length == buffer.length) {
        buffer = Arrays.copyOf(buffer, (int) Math.min(n, 2L * buffer.length));
      }
      int read = in.read(buffer, length, buffer.length - length);
      if (read < 0) {
        break;
      }
      length += read;
    }
    return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
  }

  private static String decode(byte[] bytes) throws MalformedUtf8Exception {
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xEF
                && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF
            ? 3
            : 0;
    try {
      return Utf8.decode(bytes, start);
    } catch (Utf8.Malformed e) {
      throw malformed(bytes, start, e);
    }
  }

  /** The exception for {@code e}, with the line and column the text before the byte ends at. */
  private static MalformedUtf8Exception malformed(byte[] bytes, int start, Utf8.Malformed e) {
    // The bytes before the first malformed one are UTF-8.
    String before = new String(bytes, start, e.offset() - start, StandardCharsets.UTF_8);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < before.length(); i++) {
      char c = before.charAt(i);
      // "\r\n", "\n" and "\r" each end a line, as in the text reader and the JSON parser.
      if (c == '\n' || c == '\r' && (i + 1 == before.length() || before.charAt(i + 1) != '\n')) {
        line++;
        lineStart = i + 1;
      }
    }
    return new MalformedUtf8Exception(e.offset(), e.value(), line, before.length() - lineStart + 1);
  }
}
