package nl.bncfiche.server.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.bncfiche.model.io.InputTooLargeException;
import nl.bncfiche.model.io.MalformedUtf8Exception;
import nl.bncfiche.model.io.Utf8Input;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.server.report.FicheContent;

/**
 * The input formats the server reads, each with its media types, file extensions and reader. A new
 * format (a word processor's, once a reader for it exists) is one more entry in {@link #ALL}: the
 * API, the page's file chooser and the OpenAPI document name the formats by these names.
 */
final class Formats {
  /** Reads one upload's bytes as a fiche. */
  @FunctionalInterface
  interface Reader {
    /**
     * The fiche in {@code body}.
     *
     * @throws Unusable when it is no fiche, not UTF-8 or too large
     * @throws FicheContent.Unreadable when it is no fiche, with where
     */
    FicheContent read(byte[] body, long maxBytes);
  }

  /** One format: its name in {@code from}, its media types and extensions, and its reader. */
  record Format(String name, List<String> mediaTypes, List<String> extensions, Reader reader) {}

  /** The media type of a Word document (.docx). */
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private static final TextReader TEXT_READER = TextReader.create();
  private static final Supplier<FicheJson> JSON = Lazy.of(FicheJson::create);

  static final Map<String, Format> ALL =
      Map.of(
          "text",
          new Format(
              "text",
              List.of("text/plain"),
              List.of(".txt", ".text"),
              (body, max) -> FicheContent.read(utf8(body, max), false, TEXT_READER, JSON)),
          "json",
          new Format(
              "json",
              List.of("application/json"),
              List.of(".json"),
              (body, max) -> FicheContent.read(utf8(body, max), true, TEXT_READER, JSON)),
          "docx",
          new Format(
              "docx",
              // a .doc or .docm goes to the Word reader too, which refuses it with the reason
              List.of(
                  DOCX, "application/msword", "application/vnd.ms-word.document.macroEnabled.12"),
              List.of(".docx", ".docm", ".doc"),
              Formats::docx));

  private Formats() {}

  /** A Word document, read within the same size limit as the other formats. */
  private static FicheContent docx(byte[] body, long maxBytes) {
    if (body.length > maxBytes) {
      throw Unusable.tooLarge(maxBytes);
    }
    try {
      return FicheContent.readDocx(body, maxBytes);
    } catch (FicheContent.Unreadable e) {
      // No line: the message names the paragraph, and a problem's line would say "regel".
      throw new Unusable(422, "not-a-fiche", e.getMessageEn(), e.getMessageNl());
    }
  }

  /** The format named {@code from} (as in the {@code from} parameter). */
  static Optional<Format> named(String from) {
    return Optional.ofNullable(ALL.get(from.toLowerCase(Locale.ROOT)));
  }

  /** The format of a media type such as {@code text/plain; charset=utf-8}. */
  static Optional<Format> ofMediaType(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    int semi = contentType.indexOf(';');
    String type = (semi < 0 ? contentType : contentType.substring(0, semi)).trim();
    return ALL.values().stream()
        .filter(f -> f.mediaTypes().stream().anyMatch(m -> m.equalsIgnoreCase(type)))
        .findFirst();
  }

  /** The format of a file name by its extension. */
  static Optional<Format> ofFileName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.toLowerCase(Locale.ROOT);
    return ALL.values().stream()
        .filter(f -> f.extensions().stream().anyMatch(n::endsWith))
        .findFirst();
  }

  /** The names, sorted, for messages: "json|text". */
  static String names() {
    return String.join("|", new java.util.TreeSet<>(ALL.keySet()));
  }

  /** The body as strict UTF-8 (a byte-order mark dropped), as the command line reads a file. */
  private static String utf8(byte[] body, long maxBytes) {
    try {
      return Utf8Input.read(new ByteArrayInputStream(body), maxBytes);
    } catch (InputTooLargeException e) {
      throw Unusable.tooLarge(maxBytes);
    } catch (MalformedUtf8Exception e) {
      String hex = String.format(Locale.ROOT, "0x%02X", e.getValue());
      throw new Unusable(
          422,
          "not-utf-8",
          e.getLine(),
          e.getColumn(),
          "not UTF-8: byte " + hex + " at offset " + e.getOffset(),
          "geen UTF-8: byte " + hex + " op positie " + e.getOffset());
    } catch (IOException e) {
      throw new IllegalStateException("reading from memory failed", e);
    }
  }
}
