package nl.bncfiche.rendering.text;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import nl.bncfiche.model.io.InputTooLargeException;
import nl.bncfiche.model.io.MalformedUtf8Exception;
import nl.bncfiche.model.io.Utf8Input;
import nl.bncfiche.rendering.text.internal.read.DocumentReader;
import nl.bncfiche.rendering.text.internal.read.Input;

/**
 * Reads a fiche from text: the canonical form of {@link TextWriter}, and the renderings of real
 * fiches (the Word export with its bookmarks and footnote bodies, the official publication with its
 * header lines and "• a) Label" items, the Word preview without letters and numbers, the 2008
 * layout with "Label: value", a label glued to its value).
 *
 * <p>Sections and items are recognised by their label text (any known variant), not by their letter
 * or number. Template, generation and kind are detected from the headings and section 1. A value
 * that does not parse (an impossible date, a malformed COM number) is kept as written; a text cut
 * off anywhere reads as far as it goes; text under an unknown heading is kept as a further section.
 * Only input that is no fiche at all, or no text, throws {@link FicheReadException}.
 *
 * <p>Immutable and thread-safe; one instance may be shared.
 */
public final class TextReader {
  /** The default bound on the input's length in characters. */
  public static final int DEFAULT_MAX_INPUT_CHARS = 10_000_000;

  private final int maxInputChars;

  private TextReader(int maxInputChars) {
    this.maxInputChars = maxInputChars;
  }

  /** A reader with the default input bound. */
  public static TextReader create() {
    return new TextReader(DEFAULT_MAX_INPUT_CHARS);
  }

  /** A builder for a reader with other settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TextReader}; not thread-safe. */
  public static final class Builder {
    private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;

    private Builder() {}

    /**
     * The most characters an input may have; longer input is refused before it is read entirely.
     *
     * @throws IllegalArgumentException when {@code max} is not positive
     */
    public Builder maxInputChars(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxInputChars must be positive: " + max);
      }
      this.maxInputChars = max;
      return this;
    }

    /** The reader. */
    public TextReader build() {
      return new TextReader(maxInputChars);
    }
  }

  /**
   * Reads {@code text} (a byte-order mark and CRLF line ends are accepted).
   *
   * @throws FicheReadException when the text is empty, too long, not text, or not a fiche
   * @throws NullPointerException when {@code text} is null
   */
  public ReadResult read(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > maxInputChars) {
      throw tooLong();
    }
    DocumentReader.Result read = DocumentReader.read(text);
    return new ReadResult(
        read.document(), SourceMap.lazy(read.report()::positions), read.report().findings());
  }

  /**
   * Reads all characters of {@code reader}, which is not closed; stops reading as soon as the input
   * exceeds the bound.
   *
   * @throws FicheReadException as {@link #read(String)}
   * @throws UncheckedIOException when reading fails
   */
  public ReadResult read(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    try {
      int n;
      while ((n = reader.read(buf)) >= 0) {
        sb.append(buf, 0, n);
        if (sb.length() > maxInputChars) {
          throw tooLong();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(sb.toString());
  }

  /**
   * Reads a UTF-8 file as {@link Utf8Input} reads it, taking at most the bytes that the character
   * bound can need ({@code 3 * maxInputChars + 3}): a larger file is refused, unread when its size
   * says so, and of no file is more than one byte past that read ({@code /dev/zero} cannot fill the
   * heap).
   *
   * @throws FicheReadException as {@link #read(String)}, or when the file is not UTF-8 (naming the
   *     byte and its offset); when the file is refused unread or not UTF-8, its cause is the {@link
   *     InputTooLargeException} or {@link MalformedUtf8Exception} that says why
   * @throws UncheckedIOException when reading fails
   */
  public ReadResult read(Path file) {
    Objects.requireNonNull(file, "file");
    String text;
    try {
      // UTF-8 needs at most three bytes per UTF-16 character: a longer file has too many
      // characters.
      text = Utf8Input.read(file, 3L * maxInputChars + 3);
    } catch (InputTooLargeException e) {
      throw tooLong(e);
    } catch (MalformedUtf8Exception e) {
      throw Input.notUtf8(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(text);
  }

  private FicheReadException tooLong() {
    return tooLong(null);
  }

  private FicheReadException tooLong(Throwable cause) {
    return new FicheReadException(
        0,
        0,
        "De invoer is langer dan " + maxInputChars + " tekens.",
        "The input is longer than " + maxInputChars + " characters.",
        cause);
  }
}
