package nl.bncfiche.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.bncfiche.model.io.InputTooLargeException;
import nl.bncfiche.model.io.MalformedUtf8Exception;
import nl.bncfiche.model.io.Utf8Input;

/**
 * One input of the command line: a file or standard input, its format, and its content read as
 * strict UTF-8 within a size limit by the library's {@link Utf8Input}, as its readers read files.
 */
public final class Input {
  /** The formats the command line reads. */
  public enum Format {
    TEXT,
    JSON
  }

  /** The name standard input has in messages. */
  public static final String STDIN = "-";

  private final String name;
  private final Path path;
  private final Format format;

  private Input(String name, Path path, Format format) {
    this.name = name;
    this.path = path;
    this.format = format;
  }

  /** The name used in messages: the path as given, or "-". */
  public String name() {
    return name;
  }

  /** The file, or null for standard input. */
  public Path file() {
    return path;
  }

  /** The format to read. */
  public Format format() {
    return format;
  }

  /**
   * Expands the command line's arguments: files as given, every {@code .txt} and {@code .json} file
   * below a directory (sorted by path), and "-" for standard input.
   *
   * @param from the format to read every input as, or null to go by extension
   * @throws InputException when an argument does not exist or its format is unknown
   */
  public static List<Input> expand(List<String> args, Format from) {
    List<Input> inputs = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals(STDIN)) {
        inputs.add(new Input(STDIN, null, from == null ? Format.TEXT : from));
        continue;
      }
      Path p = Path.of(arg);
      if (Files.isDirectory(p)) {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> formatOf(f) != null)
              .sorted()
              .forEach(found::add);
        } catch (IOException e) {
          throw new InputException(
              arg,
              "cannot list the directory: " + e.getMessage(),
              "kan de map niet lezen: " + e.getMessage());
        }
        for (Path f : found) {
          inputs.add(new Input(f.toString(), f, from == null ? formatOf(f) : from));
        }
      } else if (Files.exists(p)) {
        Format f = from != null ? from : formatOf(p);
        if (f == null) {
          throw new InputException(
              arg,
              "unknown format: expected a .txt or .json file, or --from text|json",
              "onbekend formaat: verwacht een .txt- of .json-bestand, of --from text|json");
        }
        inputs.add(new Input(arg, p, f));
      } else {
        throw new InputException(arg, "no such file or directory", "bestand of map bestaat niet");
      }
    }
    return inputs;
  }

  private static Format formatOf(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".json")) {
      return Format.JSON;
    }
    if (n.endsWith(".txt") || n.endsWith(".text")) {
      return Format.TEXT;
    }
    return null;
  }

  /**
   * Reads the content as the library reads input (a byte-order mark is dropped), refusing more than
   * {@code maxBytes} bytes before reading them all.
   *
   * @throws InputException when the input is too large, not UTF-8, or unreadable
   */
  public String read(InputStream stdin, long maxBytes) {
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
          name,
          "not UTF-8: byte " + hex + " at offset " + e.getOffset(),
          "geen UTF-8: byte " + hex + " op positie " + e.getOffset());
    } catch (NoSuchFileException e) {
      throw new InputException(name, "no such file", "bestand bestaat niet");
    } catch (IOException e) {
      throw new InputException(
          name, "cannot read: " + e.getMessage(), "kan niet lezen: " + e.getMessage());
    }
  }
}
