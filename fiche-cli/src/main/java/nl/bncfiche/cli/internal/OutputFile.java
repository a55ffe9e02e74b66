package nl.bncfiche.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Collection;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes an output file whole or not at all: into a new file beside it, flushed to the disk, then
 * moved over it in one step. A reader sees the old file or the new one, never an empty or torn one;
 * after any failure (a full disk, a file size limit, a signal) the old file is as it was and no
 * temporary file is left. A file that is also an input is refused.
 */
public final class OutputFile {
  /** What the file holds, written to the stream it is given. */
  @FunctionalInterface
  public interface Body {
    /** Writes the content to {@code out}, which it must not close. */
    void writeTo(OutputStream out) throws IOException;
  }

  /** Why a file was not written, in Dutch and English. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final String messageNl;

    Refused(String messageNl, String messageEn, Throwable cause) {
      super(messageEn, cause);
      this.messageNl = messageNl;
    }

    /** The reason, without the file's name. */
    public String reason(boolean dutch) {
      return dutch ? messageNl : getMessage();
    }
  }

  private OutputFile() {}

  /**
   * Writes {@code body} to {@code target}, unless it is one of {@code inputs}.
   *
   * @throws Refused when the target is an input or a directory, or writing fails; the old file, if
   *     any, is unchanged
   */
  public static void write(Path target, Collection<Path> inputs, Body body) throws Refused {
    Path file;
    try {
      file = resolve(target, inputs);
    } catch (IOException e) {
      throw failed(e);
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // A device or a pipe (/dev/stdout, a FIFO) is written to as it is: it has no old content to
      // keep, and a temporary file beside /dev/null must never replace it.
      try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
        body.writeTo(out);
      } catch (IOException e) {
        throw failed(e);
      }
      return;
    }
    Path temporary = null;
    Thread cleanUp = null;
    try {
      temporary = createTemporary(file);
      // A signal (SIGTERM, Ctrl-C) ends the JVM through its shutdown hooks: take the half-written
      // file away then too.
      Path toDelete = temporary;
      cleanUp = new Thread(() -> deleteQuietly(toDelete), "fiche-output-clean-up");
      Runtime.getRuntime().addShutdownHook(cleanUp);
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        OutputStream out = Channels.newOutputStream(channel);
        body.writeTo(out);
        out.flush();
        // On the disk before the move: after a crash the name holds the old file or the whole new
        // one, never a new name for data the disk never got.
        channel.force(true);
      }
      keepPermissions(file, temporary);
      move(temporary, file);
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw failed(e);
    } catch (RuntimeException | Error e) {
      deleteQuietly(temporary);
      throw e;
    } finally {
      removeHook(cleanUp);
    }
  }

  private static void removeHook(Thread hook) {
    if (hook == null) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is shutting down already and runs the hook.
    }
  }

  /**
   * The file to replace: {@code target}, or the file a symbolic link names, so that the link stays.
   */
  private static Path resolve(Path target, Collection<Path> inputs) throws IOException, Refused {
    if (!Files.exists(target)) {
      return target.toAbsolutePath();
    }
    for (Path input : inputs) {
      if (Files.exists(input) && Files.isSameFile(input, target)) {
        throw new Refused(
            "is ook de invoer; kies een ander uitvoerbestand",
            "is the input too; choose another output file",
            null);
      }
    }
    Path real = target.toRealPath();
    if (Files.isDirectory(real)) {
      throw new Refused("is een map", "is a directory", null);
    }
    return real;
  }

  /**
   * A new, empty file beside {@code file}, in the same folder (so that the move is a rename on one
   * file system), with the permissions new files get there.
   */
  private static Path createTemporary(Path file) throws IOException {
    Path dir = file.getParent();
    String name = "." + file.getFileName() + ".";
    while (true) {
      Path candidate =
          dir.resolve(name + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      try {
        return Files.createFile(candidate);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // another name, then
      }
    }
  }

  /**
   * The old file's permissions on its replacement: writing a file does not change who may read it.
   */
  private static void keepPermissions(Path file, Path temporary) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    PosixFileAttributeView from = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    PosixFileAttributeView to = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
    if (from != null && to != null) {
      to.setPermissions(from.readAttributes().permissions());
    }
  }

  private static void move(Path temporary, Path file) throws IOException {
    try {
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      // Only where the file system has no atomic rename (some network and FAT file systems):
      // the file is then replaced in two steps, which a reader may see in between; the old
      // content still survives a failure of the write, which is done by now.
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path temporary) {
    if (temporary == null) {
      return;
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // The write has failed already, which is what the user is told; a file named .x.tmp stays.
    }
  }

  private static Refused failed(IOException e) {
    OsReason reason = OsReason.of(e);
    return new Refused(
        "kan niet schrijven: " + reason.text(true), "cannot write: " + reason.text(false), e);
  }
}
