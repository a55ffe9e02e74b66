package nl.bncfiche.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * One output of the command line (standard output, standard error or a file): UTF-8 with {@code \n}
 * line ends whatever {@code line.separator} says, every character passed through {@link
 * TerminalText}, and every write error an {@link OutputException} (a {@code PrintStream} or {@code
 * PrintWriter} would swallow it and the command would exit 0 with a truncated output). Not
 * thread-safe: the command line writes from one thread.
 */
public final class TextOut {
  private static final int BUFFER = 16 * 1024;

  private final OutputStream out;
  private final String nameNl;
  private final String nameEn;
  private final StringBuilder pending = new StringBuilder();

  /** The first failure; later writes are dropped. */
  private OutputException failure;

  /** An output to {@code out}, named {@code nameNl} and {@code nameEn} in an error message. */
  public TextOut(OutputStream out, String nameNl, String nameEn) {
    this.out = out;
    this.nameNl = nameNl;
    this.nameEn = nameEn;
  }

  /** Standard output. */
  public static TextOut standardOutput(OutputStream out) {
    return new TextOut(out, "standaarduitvoer", "standard output");
  }

  /** Standard error. */
  public static TextOut standardError(OutputStream err) {
    return new TextOut(err, "foutuitvoer", "standard error");
  }

  /** Writes {@code line} as one line: a line break inside it is escaped, not written. */
  public void line(String line) {
    pending.append(TerminalText.oneLine(line)).append('\n');
    flushIfFull();
  }

  /**
   * Writes {@code text} (a document, JSON, help) as it is, but for the characters {@link
   * TerminalText#lines} escapes.
   */
  public void text(String text) {
    pending.append(TerminalText.lines(text));
    flushIfFull();
  }

  /** Writes the stack trace of {@code t}, for {@code --debug}. */
  public void stackTrace(Throwable t) {
    StringWriter sw = new StringWriter();
    t.printStackTrace(new PrintWriter(sw));
    String separator = System.lineSeparator();
    String s = sw.toString();
    text(separator.equals("\n") ? s : s.replace(separator, "\n"));
  }

  /**
   * Writes {@code line} over the current terminal line ({@code \r} first, the only control
   * written): the progress display.
   */
  public void overwrite(String line) {
    pending.append('\r').append(TerminalText.oneLine(line));
    flush();
  }

  /**
   * A writer for picocli's help and version output: what it writes is passed to {@link #text} on
   * {@code flush}, with {@code line.separator} (picocli's {@code %n}) turned into {@code \n}.
   */
  public Writer writer() {
    return new Writer() {
      private final StringBuilder buffer = new StringBuilder();

      @Override
      public void write(char[] cbuf, int off, int len) {
        buffer.append(cbuf, off, len);
      }

      @Override
      public void flush() {
        String s = buffer.toString();
        buffer.setLength(0);
        String separator = System.lineSeparator();
        text(separator.equals("\n") ? s : s.replace(separator, "\n"));
        try {
          TextOut.this.flush();
        } catch (OutputException e) {
          // Kept in failure(): picocli would print a stack trace for an exception from its help.
        }
      }

      @Override
      public void close() {
        flush();
      }
    };
  }

  private void flushIfFull() {
    if (pending.length() >= BUFFER) {
      flush();
    }
  }

  /**
   * Writes {@code bytes} as they are (a .docx), after what is pending; after a failure, drops it.
   */
  public void bytes(byte[] bytes) {
    flush();
    if (failure != null) {
      return;
    }
    try {
      out.write(bytes);
    } catch (IOException e) {
      failure = new OutputException(nameNl, nameEn, e);
      throw failure;
    }
  }

  /**
   * Writes what is pending and flushes the stream; after a failure, drops it.
   *
   * @throws OutputException when writing fails, the first time
   */
  public void flush() {
    if (failure != null) {
      pending.setLength(0);
      return;
    }
    try {
      if (pending.length() > 0) {
        byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
        pending.setLength(0);
        out.write(bytes);
      }
      out.flush();
    } catch (IOException e) {
      failure = new OutputException(nameNl, nameEn, e);
      throw failure;
    }
    if (out instanceof PrintStream p && p.checkError()) {
      failure = new OutputException(nameNl, nameEn, null);
      throw failure;
    }
  }

  /** The first write error, thrown once by {@link #flush}; null while every write succeeded. */
  public OutputException failure() {
    return failure;
  }
}
