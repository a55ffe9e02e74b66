package nl.bncfiche.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * The fiche a request sends: the body itself (its format from {@code from} or {@code
 * Content-Type}), or the part named {@code file} of a {@code multipart/form-data} body (its format
 * from {@code from}, the file name's extension or the part's type). Held in memory only, never more
 * than the limit plus one byte: nothing of a draft is written to disk.
 */
final class Upload {
  /** Room for a multipart body's boundaries and part headers beyond the file itself. */
  private static final long MULTIPART_OVERHEAD = 64 * 1024;

  /** The name a fiche without a file name has in the report, as standard input has. */
  static final String NO_NAME = "-";

  private final String name;
  private final Formats.Format format;
  private final byte[] bytes;

  private Upload(String name, Formats.Format format, byte[] bytes) {
    this.name = name;
    this.format = format;
    this.bytes = bytes;
  }

  /** The name the report gives the fiche. */
  String name() {
    return name;
  }

  /** The format to read it in. */
  Formats.Format format() {
    return format;
  }

  /** The bytes as received (not a copy: read once, by this server). */
  byte[] bytes() {
    return bytes;
  }

  static Upload read(Request request, long maxBytes, String from, String name) {
    Optional<Formats.Format> asked = Optional.empty();
    if (from != null) {
      asked = Formats.named(from);
      if (asked.isEmpty()) {
        throw Unusable.badParameter("from", from, Formats.names());
      }
    }
    String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    boolean multipart =
        contentType != null
            && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    long length = request.getLength();
    if (length > maxBytes + (multipart ? MULTIPART_OVERHEAD : 0)) {
      throw Unusable.tooLarge(maxBytes);
    }
    if (multipart) {
      return multipart(request, contentType, maxBytes, asked, name);
    }
    Formats.Format format =
        asked.or(() -> Formats.ofMediaType(contentType)).orElseThrow(() -> unsupported());
    byte[] bytes = bounded(Content.Source.asInputStream(request), maxBytes);
    return new Upload(name == null ? NO_NAME : name, format, bytes);
  }

  private static Upload multipart(
      Request request,
      String contentType,
      long maxBytes,
      Optional<Formats.Format> asked,
      String name) {
    MultiPartConfig config =
        new MultiPartConfig.Builder()
            .maxParts(8)
            .maxPartSize(maxBytes)
            .maxMemoryPartSize(maxBytes) // every part in memory: nothing on disk
            .maxSize(maxBytes + MULTIPART_OVERHEAD)
            .useFilesForPartsWithoutFileName(false)
            .build();
    MultiPartFormData.Parts parts;
    try {
      parts = MultiPartFormData.getParts(request, request, contentType, config);
    } catch (RuntimeException e) {
      throw multipartProblem(e, maxBytes);
    }
    try (parts) {
      MultiPart.Part part = parts.getFirst("file");
      if (part == null) {
        throw new Unusable(
            400,
            "no-file",
            "a multipart body needs a part named 'file'",
            "een multipart-body heeft een deel met de naam 'file' nodig");
      }
      String fileName = part.getFileName();
      Formats.Format format =
          asked
              .or(() -> Formats.ofFileName(fileName))
              .or(() -> Formats.ofMediaType(part.getHeaders().get(HttpHeader.CONTENT_TYPE)))
              .orElseThrow(() -> unsupported());
      byte[] bytes = bounded(Content.Source.asInputStream(part.getContentSource()), maxBytes);
      String shown = name != null ? name : fileName != null ? fileName : NO_NAME;
      return new Upload(shown, format, bytes);
    }
  }

  private static Unusable multipartProblem(RuntimeException e, long maxBytes) {
    // Jetty says which limit a body broke only in its message.
    String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    Throwable cause = e.getCause();
    if (cause != null) {
      m += " " + String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
    }
    if (m.contains("size") || m.contains("too large") || m.contains("exceed")) {
      return Unusable.tooLarge(maxBytes);
    }
    return new Unusable(
        400,
        "bad-multipart",
        "not a valid multipart/form-data body",
        "geen geldige multipart/form-data-body");
  }

  private static Unusable unsupported() {
    return new Unusable(
        415,
        "unsupported-format",
        "unknown input format; send text/plain or application/json, or say from=" + Formats.names(),
        "onbekend invoerformaat; stuur text/plain of application/json, of geef from="
            + Formats.names());
  }

  /** At most {@code maxBytes}; one byte more is a 413, without reading further. */
  private static byte[] bounded(InputStream in, long maxBytes) {
    try (in) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw Unusable.tooLarge(maxBytes);
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
