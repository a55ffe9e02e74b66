package nl.bncfiche.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.io.InputTooLargeException;
import nl.bncfiche.model.io.MalformedUtf8Exception;
import nl.bncfiche.model.io.Utf8Input;
import nl.bncfiche.model.json.internal.JsonErrors;
import nl.bncfiche.model.json.internal.ModelModule;

/**
 * Reads and writes a {@link KamerstukDocument} (or a single {@link Fiche}) as JSON.
 *
 * <p>Field names are the model's accessor names without {@code get}/{@code is} ({@code titel},
 * {@code algemeneGegevens}, {@code fiches}); absent and empty parts are left out. A value read from
 * text (an identifier, a date, items 1d and 1e) is {@code {"tekst": …, "afgeleid": {…}}}: its
 * canonical text, or the text as written when it does not parse, and beside it what the model
 * derives (the parts of a COM number, the ISO date {@code "2025-12-04"}, the CELEX number of a
 * link); see {@code docs/json.md}. Output is UTF-8, indented by two spaces, with {@code \n} line
 * ends, identical in every locale and time zone. {@code read(write(x))} equals {@code x}.
 *
 * <p>Reading is strict and bounded: unknown fields, wrong types, duplicate keys, trailing content,
 * a string with a lone surrogate ({@code "\ud83d"} without its pair, which is no character), a
 * derived value that contradicts its text and values over the limits of {@link Builder} raise a
 * {@link FicheJsonException} that names the JSON pointer, line and column. Derived values are never
 * required: the text alone, as a string (the form written before), is read too. No polymorphic
 * typing is ever enabled.
 *
 * <p>Instances are immutable and thread-safe; build one and share it.
 */
public final class FicheJson {
  /** Default limit on a document's size, in characters or bytes: 20 MB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 20_000_000L;

  /** Default limit on one string value, in characters: 5,000,000. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 5_000_000;

  /** Default limit on nesting of arrays and objects: 64 (a fiche needs about 10). */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  private static final FicheJson DEFAULT = builder().build();

  /** The most bytes {@link #read(Path)} takes. */
  private final long maxDocumentLength;

  private final ObjectReader documentReader;
  private final ObjectReader ficheReader;
  private final ObjectWriter writer;

  /** The writer for callers' streams, which it must not close. */
  private final ObjectWriter streamWriter;

  private FicheJson(Builder b) {
    this.maxDocumentLength = b.maxDocumentLength;
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(b.maxDocumentLength)
                    .maxStringLength(b.maxStringLength)
                    .maxNestingDepth(b.maxNestingDepth)
                    .maxNumberLength(20)
                    .maxNameLength(200)
                    .build())
            .streamWriteConstraints(
                StreamWriteConstraints.builder().maxNestingDepth(b.maxNestingDepth).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    JsonMapper mapper =
        JsonMapper.builder(factory)
            .addModule(new Jdk8Module())
            .addModule(ModelModule.strict())
            .disable(MapperFeature.AUTO_DETECT_GETTERS)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(MapperFeature.AUTO_DETECT_FIELDS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // Leave out absent Optionals, empty lists and empty texts with an empty default; but
            // keep
            // a present Optional whose value is empty (Optional.of("")): leaving it out would read
            // back as absent, and read(write(x)) must equal x.
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS))
            .build();
    // null is never a value in the model: a missing field is left out, so reject null outright.
    mapper.setDefaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL));
    mapper
        .coercionConfigDefaults()
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    mapper
        .coercionConfigFor(String.class)
        .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    this.documentReader = mapper.readerFor(KamerstukDocument.class);
    this.ficheReader = mapper.readerFor(Fiche.class);
    this.writer = mapper.writer(printer);
    this.streamWriter = writer.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  /** The shared instance with the default limits. */
  public static FicheJson create() {
    return DEFAULT;
  }

  /** A builder to set other read limits. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A Jackson 2 module with the model's bindings, for an application's own {@code ObjectMapper}
   * (Spring Boot 3 registers it from {@code fiche-spring-boot-starter}). Whatever the mapper's
   * settings, the model's types are then written and read as here: only the model's fields, absent
   * and empty parts left out, {@code null} and unknown fields refused; JSON written by the one is
   * read by the other. The mapper also needs Jackson's {@code Jdk8Module} for {@code Optional}. The
   * read limits and the check for lone surrogates are this class's own.
   */
  public static Module module() {
    return new ModelModule();
  }

  /**
   * Reads a document.
   *
   * @throws FicheJsonException when the JSON is broken, not a document, or over a limit
   */
  public KamerstukDocument read(String json) {
    Objects.requireNonNull(json, "json");
    return readFrom(
        documentReader, KamerstukDocument.class, () -> documentReader.createParser(json));
  }

  /**
   * Reads a document from UTF-8 (or UTF-16/32 with a byte-order mark) bytes, parsing as it reads
   * and stopping at the first limit passed. The stream is not closed. To read a stream strictly as
   * {@link #read(Path)} reads a file, pass the text of {@link Utf8Input#read(InputStream, long)} to
   * {@link #read(String)}.
   *
   * @throws FicheJsonException when the JSON is broken, not a document, or over a limit
   * @throws UncheckedIOException when reading the stream fails
   */
  public KamerstukDocument read(InputStream in) {
    Objects.requireNonNull(in, "in");
    return readFrom(documentReader, KamerstukDocument.class, () -> documentReader.createParser(in));
  }

  /**
   * Reads a document from characters. The reader is not closed.
   *
   * @throws FicheJsonException when the JSON is broken, not a document, or over a limit
   * @throws UncheckedIOException when reading fails
   */
  public KamerstukDocument read(Reader in) {
    Objects.requireNonNull(in, "in");
    return readFrom(documentReader, KamerstukDocument.class, () -> documentReader.createParser(in));
  }

  /** Opens a parser on a caller's source. */
  @FunctionalInterface
  private interface ParserSource {
    JsonParser open() throws IOException;
  }

  /**
   * Reads a value with {@code reader} from the parser {@code source} opens; a caller's stream or
   * reader stays open. The parser is at hand for the error: where Jackson's exception has no
   * position (a read limit, some wrong types), the parser still knows where it stopped.
   */
  private static <T> T readFrom(ObjectReader reader, Class<T> type, ParserSource source) {
    JsonParser p = null;
    try {
      p = source.open();
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      return type.cast(reader.readValue(p));
    } catch (JsonProcessingException e) {
      throw JsonErrors.translate(e, p);
    } catch (CharConversionException e) {
      // Bytes that are no text in the encoding Jackson took them for (four zero bytes first make
      // it UTF-32): the input's fault, not the stream's.
      int line = p == null ? 0 : Math.max(0, p.currentLocation().getLineNr());
      int column = p == null ? 0 : Math.max(0, p.currentLocation().getColumnNr());
      throw new FicheJsonException(
          p == null || p.getParsingContext() == null
              ? ""
              : p.getParsingContext().pathAsPointer().toString(),
          line,
          column,
          "not text: bytes that are no character in UTF-8, UTF-16 or UTF-32",
          "geen tekst: bytes die in UTF-8, UTF-16 en UTF-32 geen teken zijn",
          e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      closeQuietly(p);
    }
  }

  private static void closeQuietly(JsonParser p) {
    if (p != null) {
      try {
        p.close();
      } catch (IOException e) {
        // a caller's source stays open anyway; a string has nothing to release
      }
    }
  }

  /**
   * Reads a document from a UTF-8 file, as {@link Utf8Input} reads it: a file over {@code
   * maxDocumentLength} bytes is refused unread, and of any other at most one byte past that limit
   * is read ({@code /dev/zero} cannot fill the heap); a byte-order mark is dropped, a malformed
   * byte refused.
   *
   * @throws FicheJsonException when the file is over the limit (with an {@link
   *     InputTooLargeException} as its cause), not UTF-8 (a {@link MalformedUtf8Exception}, and the
   *     byte's line and column), or as {@link #read(String)}
   * @throws UncheckedIOException when the file cannot be read (as {@code TextReader.read(Path)})
   */
  public KamerstukDocument read(Path file) {
    String json;
    try {
      json = Utf8Input.read(file, maxDocumentLength);
    } catch (InputTooLargeException e) {
      String nl =
          e.getSize().isPresent()
              ? e.getSize().getAsLong() + " bytes, hoogstens " + e.getLimit() + " toegestaan"
              : "meer dan " + e.getLimit() + " bytes";
      throw new FicheJsonException(
          "", 0, 0, "over a read limit: " + e.getMessage(), "boven een leesgrens: " + nl, e);
    } catch (MalformedUtf8Exception e) {
      String hex = String.format(Locale.ROOT, "0x%02X", e.getValue());
      throw new FicheJsonException(
          "",
          e.getLine(),
          e.getColumn(),
          "not UTF-8: byte " + hex + " at offset " + e.getOffset(),
          "geen UTF-8: byte " + hex + " op positie " + e.getOffset(),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(json);
  }

  /**
   * Reads a single fiche (the JSON of one element of {@code fiches}).
   *
   * @throws FicheJsonException when the JSON is broken, not a fiche, or over a limit
   */
  public Fiche readFiche(String json) {
    Objects.requireNonNull(json, "json");
    return readFrom(ficheReader, Fiche.class, () -> ficheReader.createParser(json));
  }

  /** Writes a document. */
  public String write(KamerstukDocument document) {
    return writeValue(Objects.requireNonNull(document, "document"));
  }

  /** Writes a single fiche. */
  public String write(Fiche fiche) {
    return writeValue(Objects.requireNonNull(fiche, "fiche"));
  }

  /**
   * Writes a document as UTF-8 to {@code out}, which is not closed.
   *
   * @throws UncheckedIOException when writing fails
   */
  public void write(KamerstukDocument document, OutputStream out) {
    Objects.requireNonNull(document, "document");
    try {
      streamWriter.writeValue(out, document);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a document to {@code out}, which is not closed.
   *
   * @throws UncheckedIOException when writing fails
   */
  public void write(KamerstukDocument document, Writer out) {
    Objects.requireNonNull(document, "document");
    try {
      streamWriter.writeValue(out, document);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String writeValue(Object value) {
    try {
      // concat copies once; "+" (compiled as StringBuilder calls, see the parent POM) three times
      return writer.writeValueAsString(value).concat("\n");
    } catch (JsonProcessingException e) {
      // Only a bug can get here: every model value is writable.
      throw new IllegalStateException("cannot write model value as JSON", e);
    }
  }

  /** Read limits of a {@link FicheJson}; every limit must be positive. */
  public static final class Builder {
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;

    private Builder() {}

    /** The largest document read, in bytes or characters. */
    public Builder maxDocumentLength(long length) {
      this.maxDocumentLength = positive(length, "maxDocumentLength");
      return this;
    }

    /** The longest string value read, in characters. */
    public Builder maxStringLength(int length) {
      this.maxStringLength = (int) positive(length, "maxStringLength");
      return this;
    }

    /** The deepest nesting of arrays and objects read. */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = (int) positive(depth, "maxNestingDepth");
      return this;
    }

    /** A {@link FicheJson} with these limits. */
    public FicheJson build() {
      return new FicheJson(this);
    }

    private static long positive(long value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be positive: " + value);
      }
      return value;
    }
  }
}
