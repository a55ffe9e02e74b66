package nl.bncfiche.cli.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The JVM's standard input, refused when it was closed when the JVM started ({@code fiche validate
 * - <&-}). Then the first file the JVM opened took descriptor 0 (on Linux its runtime image, {@code
 * lib/modules}), and reading "standard input" would read that.
 */
public final class StandardInput extends InputStream {
  /** The property the launcher sets when it finds descriptor 0 closed; any OS, any JVM. */
  static final String CLOSED_PROPERTY = "bncfiche.stdin.closed";

  /** Reading a standard input that was closed. */
  public static final class Closed extends IOException {
    private static final long serialVersionUID = 1L;

    Closed() {
      super("standard input is closed");
    }
  }

  private final InputStream in;
  private final Path descriptor;
  private Boolean closed;

  /**
   * {@code in}, the JVM's standard input; {@code descriptor} names descriptor 0 where the system
   * shows it ({@code /proc/self/fd/0}), else null.
   */
  StandardInput(InputStream in, Path descriptor) {
    this.in = in;
    this.descriptor = descriptor;
  }

  /** {@code System.in}, checked before it is read first. */
  public static InputStream of(InputStream systemIn) {
    return new StandardInput(systemIn, Path.of("/proc/self/fd/0"));
  }

  private void check() throws Closed {
    if (closed == null) {
      closed = Boolean.getBoolean(CLOSED_PROPERTY) || opensTheJvmsOwnFile();
    }
    if (closed) {
      throw new Closed();
    }
  }

  /** Whether descriptor 0 is a file of the JVM's own: its runtime, the class path, an archive. */
  private boolean opensTheJvmsOwnFile() {
    if (descriptor == null || !Files.isSymbolicLink(descriptor)) {
      return false;
    }
    String target;
    try {
      target = Files.readSymbolicLink(descriptor).toString();
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
    String home = System.getProperty("java.home", "");
    if (!home.isEmpty() && target.startsWith(home + "/")) {
      return true;
    }
    if (target.endsWith(".jsa")) {
      return true;
    }
    String classPath = System.getProperty("java.class.path", "");
    for (int start = 0, end; start < classPath.length(); start = end + 1) {
      end = classPath.indexOf(File.pathSeparatorChar, start);
      end = end < 0 ? classPath.length() : end;
      try {
        if (end > start
            && Path.of(classPath.substring(start, end))
                .toAbsolutePath()
                .toString()
                .equals(target)) {
          return true;
        }
      } catch (InvalidPathException e) {
        // not the descriptor's file, then
      }
    }
    return false;
  }

  @Override
  public int read() throws IOException {
    check();
    return in.read();
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    check();
    return in.read(b, off, len);
  }
}
