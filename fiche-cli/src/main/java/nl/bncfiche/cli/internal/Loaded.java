package nl.bncfiche.cli.internal;

import java.io.InputStream;
import java.util.function.Supplier;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.server.report.FicheContent;

/**
 * A document read from one input, and what it takes to say where each JSON pointer of it came from:
 * the text reader's source map, or the JSON text to look the positions up in when they are needed.
 */
public final class Loaded {
  private final Input input;
  private final FicheContent content;

  private Loaded(Input input, FicheContent content) {
    this.input = input;
    this.content = content;
  }

  /**
   * Reads {@code input} as text or JSON.
   *
   * @throws InputException when the input is unusable: too large, not UTF-8, not a fiche, broken
   *     JSON
   */
  public static Loaded load(
      Input input, InputStream stdin, long maxBytes, TextReader reader, FicheJson json) {
    return load(input, stdin, maxBytes, reader, () -> json);
  }

  /**
   * Reads {@code input} as text or JSON, asking for the JSON binding only when the input is JSON:
   * building it loads hundreds of Jackson classes, a large part of a text file's start-up time.
   *
   * @throws InputException when the input is unusable: too large, not UTF-8, not a fiche, broken
   *     JSON
   */
  public static Loaded load(
      Input input, InputStream stdin, long maxBytes, TextReader reader, Supplier<FicheJson> json) {
    // Both formats are read as the library reads a file (FicheJson.read(Path) and
    // TextReader.read(Path) go through the same Utf8Input), but here into text first: the JSON
    // positions come from the text.
    if (input.format() == Input.Format.DOCX) {
      return loadDocx(input, stdin, maxBytes);
    }
    String content = input.read(stdin, maxBytes);
    try {
      FicheContent read =
          FicheContent.read(content, input.format() == Input.Format.JSON, reader, json);
      return new Loaded(input, read);
    } catch (FicheContent.Unreadable e) {
      throw new InputException(
          input.name() + ":" + e.getLine() + ":" + e.getColumn(),
          e.getMessageEn(),
          e.getMessageNl(),
          e.getCause());
    }
  }

  private static Loaded loadDocx(Input input, InputStream stdin, long maxBytes) {
    byte[] bytes = input.readBytes(stdin, maxBytes);
    try {
      return new Loaded(input, FicheContent.readDocx(bytes, maxBytes));
    } catch (FicheContent.Unreadable e) {
      // A Word document has no lines: the message names the paragraph, if any.
      throw new InputException(input.name(), e.getMessageEn(), e.getMessageNl(), e.getCause());
    }
  }

  /** The input it was read from. */
  public Input input() {
    return input;
  }

  /** The document. */
  public KamerstukDocument document() {
    return content.document();
  }

  /** The document with what its reader noticed and what it takes to place its parts. */
  public FicheContent content() {
    return content;
  }
}
