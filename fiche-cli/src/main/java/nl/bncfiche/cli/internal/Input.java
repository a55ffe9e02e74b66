package nl.bncfiche.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import nl.bncfiche.model.io.InputTooLargeException;
import nl.bncfiche.model.io.MalformedUtf8Exception;
import nl.bncfiche.model.io.Utf8Input;

/**
 * One input of the command line: a file or standard input, its format, and its content read as
 * strict UTF-8 within a size limit by the library's {@link Utf8Input}, as its readers read files;
 * or an argument or directory entry that cannot be used, with why.
 */
public final class Input {
  /** The formats the command line reads. */
  public enum Format {
    TEXT,
    JSON,
    DOCX
  }

  /** The name standard input has in messages. */
  public static final String STDIN = "-";

  private final String name;
  private final Path path;
  private final Format format;
  private final InputException problem;

  private Input(String name, Path path, Format format, InputException problem) {
    this.name = name;
    this.path = path;
    this.format = format;
    this.problem = problem;
  }

  static Input file(String name, Path path, Format format) {
    return new Input(name, path, format, null);
  }

  static Input stdin(Format format) {
    return new Input(STDIN, null, format, null);
  }

  static Input unusable(String name, String messageEn, String messageNl) {
    return new Input(name, null, null, new InputException(name, messageEn, messageNl));
  }

  /** The name used in messages: the path as given or found, or "-". */
  public String name() {
    return name;
  }

  /** The file, or null for standard input and an unusable input. */
  public Path file() {
    return path;
  }

  /** The format to read. */
  public Format format() {
    return format;
  }

  /**
   * Expands the command line's arguments: files as given, every {@code .txt} and {@code .json} file
   * below a directory (sorted by path), and "-" for standard input. An argument or entry that
   * cannot be used (missing, of an unknown format, an unreadable directory, an empty one) is an
   * input too, which {@link #read} refuses with why: a batch reports it in its place and goes on.
   *
   * @param from the format to read every input as, or null to go by extension
   */
  public static java.util.List<Input> expand(java.util.List<String> args, Format from) {
    return new Expansion(from, Expansion.FILE_SYSTEM).of(args);
  }

  static Format formatOf(Path p) {
    Path name = p.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".json")) {
      return Format.JSON;
    }
    if (n.endsWith(".txt") || n.endsWith(".text")) {
      return Format.TEXT;
    }
    // .docm and .doc too, so that the reader says why it refuses them
    if (n.endsWith(".docx") || n.endsWith(".docm") || n.endsWith(".doc")) {
      return Format.DOCX;
    }
    return null;
  }

  /**
   * Reads the content as the library reads input (a byte-order mark is dropped), refusing more than
   * {@code maxBytes} bytes before reading them all.
   *
   * @throws InputException when the input is unusable, too large, not UTF-8, or unreadable
   */
  public String read(InputStream stdin, long maxBytes) {
    if (problem != null) {
      throw problem;
    }
    try {
      return path == null ? Utf8Input.read(stdin, maxBytes) : Utf8Input.read(path, maxBytes);
    } catch (InputTooLargeException e) {
      if (e.getSize().isPresent()) {
        long size = e.getSize().getAsLong();
        throw new InputException(
            name,
            "too large: " + size + " bytes, at most " + e.getLimit() + " allowed (--max-size)",
            "te groot: " + size + " bytes, hoogstens " + e.getLimit() + " toegestaan (--max-size)");
      }
      // No size was known, and reading stopped one byte past the limit: all that is known is
      // "more".
      throw new InputException(
          name,
          "too large: more than " + e.getLimit() + " bytes (--max-size)",
          "te groot: meer dan " + e.getLimit() + " bytes (--max-size)");
    } catch (MalformedUtf8Exception e) {
      String hex = String.format(Locale.ROOT, "0x%02X", e.getValue());
      throw new InputException(
          name + ":" + e.getLine() + ":" + e.getColumn(),
          "not UTF-8: byte " + hex + " at offset " + e.getOffset(),
          "geen UTF-8: byte " + hex + " op positie " + e.getOffset());
    } catch (StandardInput.Closed e) {
      throw new InputException(
          name,
          "standard input is closed; give a file, or pipe the fiche into the command",
          "standaardinvoer is gesloten; geef een bestand, of stuur de fiche naar de opdracht");
    } catch (IOException e) {
      OsReason reason = OsReason.of(e);
      throw new InputException(
          name,
          "cannot read: " + reason.text(false) + localeHint(name, false),
          "kan niet lezen: " + reason.text(true) + localeHint(name, true));
    }
  }

  /**
   * Reads the content as bytes (a .docx), refusing more than {@code maxBytes} bytes before reading
   * them all.
   *
   * @throws InputException when the input is unusable, too large, or unreadable
   */
  public byte[] readBytes(InputStream stdin, long maxBytes) {
    if (problem != null) {
      throw problem;
    }
    try (InputStream in = path == null ? null : Files.newInputStream(path)) {
      if (path != null && Files.isRegularFile(path) && Files.size(path) > maxBytes) {
        long size = Files.size(path);
        throw new InputException(
            name,
            "too large: " + size + " bytes, at most " + maxBytes + " allowed (--max-size)",
            "te groot: " + size + " bytes, hoogstens " + maxBytes + " toegestaan (--max-size)");
      }
      InputStream from = in == null ? stdin : in;
      byte[] bytes = from.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new InputException(
            name,
            "too large: more than " + maxBytes + " bytes (--max-size)",
            "te groot: meer dan " + maxBytes + " bytes (--max-size)");
      }
      return bytes;
    } catch (StandardInput.Closed e) {
      throw new InputException(
          name,
          "standard input is closed; give a file, or pipe the fiche into the command",
          "standaardinvoer is gesloten; geef een bestand, of stuur de fiche naar de opdracht");
    } catch (IOException e) {
      OsReason reason = OsReason.of(e);
      throw new InputException(
          name,
          "cannot read: " + reason.text(false) + localeHint(name, false),
          "kan niet lezen: " + reason.text(true) + localeHint(name, true));
    }
  }

  /**
   * Why a file name the system gave cannot be used: the JVM encodes file names in the locale's
   * character set (LC_ALL=C: ASCII), where é and ë have no code; empty when that is not the reason.
   */
  static String localeHint(String name, boolean dutch) {
    String encoding = System.getProperty("sun.jnu.encoding");
    if (encoding == null
        || !Charset.isSupported(encoding)
        || Charset.forName(encoding).equals(StandardCharsets.UTF_8)
        || Charset.forName(encoding).newEncoder().canEncode(name)) {
      return "";
    }
    return dutch
        ? " (de taalinstelling van het systeem, "
            + encoding
            + ", kent niet elk teken van de naam: start met LC_ALL=C.UTF-8)"
        : " (the system's locale, "
            + encoding
            + ", lacks a character of the name: run with LC_ALL=C.UTF-8)";
  }

  /** An argument whose name the JVM cannot turn into a path (under LC_ALL=C: é, ë). */
  static Input invalidName(String arg, InvalidPathException e) {
    String hint = localeHint(arg, true);
    return hint.isEmpty()
        ? unusable(arg, "not a valid file name", "geen geldige bestandsnaam")
        : unusable(
            arg,
            "not a valid file name" + localeHint(arg, false),
            "geen geldige bestandsnaam" + hint);
  }
}
