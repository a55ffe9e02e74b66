package nl.bncfiche.cli.internal;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import nl.bncfiche.docx.DocxReader;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.model.json.FicheJsonException;
import nl.bncfiche.rendering.text.FicheReadException;
import nl.bncfiche.rendering.text.ReadResult;
import nl.bncfiche.rendering.text.SourceMap;
import nl.bncfiche.rendering.text.SourcePosition;
import nl.bncfiche.rendering.text.TextReader;

/**
 * A document read from one input, and what it takes to say where each JSON pointer of it came from:
 * the text reader's source map, or the JSON text to look the positions up in when they are needed.
 */
public final class Loaded {
  private final Input input;
  private final KamerstukDocument document;
  private final SourceMap sourceMap;
  private final String json;

  private Loaded(Input input, KamerstukDocument document, SourceMap sourceMap, String json) {
    this.input = input;
    this.document = document;
    this.sourceMap = sourceMap;
    this.json = json;
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
    // TextReader.read(Path)
    // go through the same Utf8Input), but here into text first: the JSON positions come from the
    // text.
    if (input.format() == Input.Format.DOCX) {
      return loadDocx(input, stdin, maxBytes);
    }
    String content = input.read(stdin, maxBytes);
    if (input.format() == Input.Format.JSON) {
      try {
        KamerstukDocument doc = json.get().read(content);
        return new Loaded(input, doc, null, content);
      } catch (FicheJsonException e) {
        String pointer = e.getPointer();
        SourcePosition at =
            e.getLine().isPresent()
                ? SourcePosition.of(e.getLine().get(), e.getColumn().orElse(1))
                : JsonPositions.of(content, List.of(pointer))
                    .positionOf(pointer)
                    .orElse(SourcePosition.of(1, 1));
        String where = pointer.isEmpty() ? "/" : shortened(pointer);
        throw new InputException(
            input.name() + ":" + at.getLine() + ":" + at.getColumn(),
            "not a valid fiche JSON at " + where + ": " + e.getProblemEn(),
            "geen geldige fiche-JSON bij " + where + ": " + e.getProblemNl(),
            e);
      }
    }
    try {
      ReadResult r = reader.read(content);
      return new Loaded(input, r.getDocument(), r.getSourceMap(), null);
    } catch (FicheReadException e) {
      // An input without lines (an empty file) has its error at 0:0: its start, for a reader.
      throw new InputException(
          input.name() + ":" + Math.max(e.getLine(), 1) + ":" + Math.max(e.getColumn(), 1),
          e.getMessageEn(),
          e.getMessageNl(),
          e);
    }
  }

  private static Loaded loadDocx(Input input, InputStream stdin, long maxBytes) {
    byte[] bytes = input.readBytes(stdin, maxBytes);
    try {
      ReadResult r = DocxReader.builder().maxFileBytes(Math.max(1, maxBytes)).build().read(bytes);
      return new Loaded(input, r.getDocument(), r.getSourceMap(), null);
    } catch (FicheReadException e) {
      // A refusal of the whole file names no paragraph.
      String nl = e.getLine() > 0 ? "alinea " + e.getLine() + ": " : "";
      String en = e.getLine() > 0 ? "paragraph " + e.getLine() + ": " : "";
      throw new InputException(input.name(), en + e.getMessageEn(), nl + e.getMessageNl(), e);
    }
  }

  /**
   * {@code pointer} with each segment cut to 40 characters: an unknown field's name is the
   * document's text, of which a message quotes no more.
   */
  private static String shortened(String pointer) {
    StringBuilder sb = new StringBuilder(pointer.length());
    for (String segment : pointer.substring(1).split("/", -1)) {
      sb.append('/');
      if (segment.length() > 40) {
        int end = Character.isHighSurrogate(segment.charAt(39)) ? 39 : 40;
        sb.append(segment, 0, end).append('…');
      } else {
        sb.append(segment);
      }
    }
    return sb.toString();
  }

  /** The input it was read from. */
  public Input input() {
    return input;
  }

  /** The document. */
  public KamerstukDocument document() {
    return document;
  }

  /**
   * Where the parts at {@code pointers} (or their nearest ancestors) stood in the input. For JSON
   * this reads the text again, for these pointers only: ask once, for all of them.
   */
  public SourceMap positions(Collection<String> pointers) {
    return json == null ? sourceMap : JsonPositions.of(json, pointers);
  }
}
