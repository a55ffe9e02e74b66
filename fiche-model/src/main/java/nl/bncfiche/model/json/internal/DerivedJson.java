package nl.bncfiche.model.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.bncfiche.model.EurLexVerwijzing;
import nl.bncfiche.model.ImpactAssessment;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.id.Parser;

/**
 * Jackson 2's form of a value read from text: {@code {"tekst": …, "afgeleid": {…}}}, with what
 * {@link Afgeleid} derives; reading takes that object or, as written before, the text alone, and
 * refuses an {@code afgeleid} field that contradicts the text at that field's pointer.
 */
final class DerivedJson {
  private static final List<Object> FIELDS = List.of(Afgeleid.AFGELEID, Afgeleid.TEKST);

  private DerivedJson() {}

  static void write(JsonGenerator gen, String text, Map<String, Object> derived)
      throws IOException {
    gen.writeStartObject();
    gen.writeStringField(Afgeleid.TEKST, text);
    if (!derived.isEmpty()) {
      gen.writeObjectFieldStart(Afgeleid.AFGELEID);
      for (Map.Entry<String, Object> e : derived.entrySet()) {
        if (e.getValue() instanceof List<?> list) {
          gen.writeArrayFieldStart(e.getKey());
          for (Object v : list) {
            gen.writeString((String) v);
          }
          gen.writeEndArray();
        } else if (e.getValue() instanceof Integer i) {
          gen.writeNumberField(e.getKey(), i);
        } else {
          gen.writeStringField(e.getKey(), (String) e.getValue());
        }
      }
      gen.writeEndObject();
    }
    gen.writeEndObject();
  }

  /**
   * Reads the value at {@code p}: its text, made a value by {@code fromText}, whose derived fields
   * {@code derived} gives (null when the text did not parse); {@code names} are those {@code
   * afgeleid} may hold.
   */
  static <T> T read(
      JsonParser p,
      DeserializationContext ctxt,
      Class<?> type,
      Function<String, T> fromText,
      Function<T, Map<String, Object>> derived,
      List<String> names)
      throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return fromText.apply(LoneSurrogates.check(p, p.getText()));
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw new Mismatch(
          p,
          p.currentTokenLocation(),
          "wrong type: expected a string or an object {\"tekst\": …}",
          "verkeerd type: verwacht tekst of een object {\"tekst\": …}");
    }
    JsonLocation start = p.currentTokenLocation();
    String text = null;
    JsonLocation afgeleidAt = null;
    Map<String, Object> read = new LinkedHashMap<>();
    Map<String, JsonLocation> at = new HashMap<>();
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if (Afgeleid.TEKST.equals(name)) {
        if (value != JsonToken.VALUE_STRING) {
          throw at(
              new Mismatch(
                  p,
                  p.currentTokenLocation(),
                  "wrong type: expected a string",
                  "verkeerd type: verwacht tekst"),
              type,
              name);
        }
        try {
          text = LoneSurrogates.check(p, p.getText());
        } catch (MismatchedInputException e) {
          throw at(e, type, name);
        }
      } else if (Afgeleid.AFGELEID.equals(name)) {
        afgeleidAt = p.currentTokenLocation();
        if (value != JsonToken.START_OBJECT) {
          throw at(
              new Mismatch(
                  p,
                  afgeleidAt,
                  "wrong type: expected an object",
                  "verkeerd type: verwacht een object"),
              type,
              name);
        }
        readDerived(p, read, at);
      } else {
        throw UnrecognizedPropertyException.from(p, type, name, FIELDS);
      }
    }
    if (text == null) {
      throw new Mismatch(
          p,
          start,
          "invalid value: required fields missing: [tekst]",
          "ongeldige waarde: verplichte velden ontbreken: [tekst]");
    }
    T result = fromText.apply(text);
    if (afgeleidAt != null) {
      Optional<Afgeleid.Contradiction> c = Afgeleid.check(derived.apply(result), names, read);
      if (c.isPresent()) {
        String field = c.get().field();
        Mismatch m =
            new Mismatch(
                p, field.isEmpty() ? afgeleidAt : at.get(field), c.get().en(), c.get().nl());
        if (!field.isEmpty()) {
          m.prependPath(type, field);
        }
        throw at(m, type, Afgeleid.AFGELEID);
      }
    }
    return result;
  }

  /** Reads the fields of {@code afgeleid}, a flat object, into {@code read} and where they are. */
  private static void readDerived(
      JsonParser p, Map<String, Object> read, Map<String, JsonLocation> at) throws IOException {
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      at.put(name, p.currentTokenLocation());
      Object v = Afgeleid.OTHER;
      if (value == JsonToken.VALUE_STRING) {
        v = p.getText();
      } else if (value == JsonToken.VALUE_NUMBER_INT
          && (p.getNumberType() == JsonParser.NumberType.INT
              || p.getNumberType() == JsonParser.NumberType.LONG)) {
        v = p.getLongValue();
      } else if (value == JsonToken.START_ARRAY) {
        v = strings(p);
      } else {
        p.skipChildren();
      }
      read.put(name, v);
    }
  }

  /** The array at {@code p} as a list of its strings, or {@link Afgeleid#OTHER}. */
  private static Object strings(JsonParser p) throws IOException {
    List<String> list = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t != JsonToken.VALUE_STRING) {
        p.skipChildren();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          p.skipChildren();
        }
        return Afgeleid.OTHER;
      }
      list.add(p.getText());
    }
    return list;
  }

  private static MismatchedInputException at(MismatchedInputException e, Class<?> type, String f) {
    e.prependPath(type, f);
    return e;
  }

  /** A mismatch with our own words in English and Dutch, which {@link JsonErrors} shows. */
  static final class Mismatch extends MismatchedInputException {
    private static final long serialVersionUID = 1L;

    /** The message in Dutch; the exception's own is English. */
    final String nl;

    Mismatch(JsonParser p, JsonLocation location, String en, String nl) {
      super(p, en, location);
      this.nl = nl;
    }
  }

  /** Writes a {@code Parsed} field. */
  static final class ParsedSerializer extends StdSerializer<Parsed<?>> {
    private static final long serialVersionUID = 1L;

    ParsedSerializer(Class<Parsed<?>> type) {
      super(type);
    }

    @Override
    public void serialize(Parsed<?> value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      write(gen, value.getText(), value.getValue().map(Afgeleid::of).orElse(Map.of()));
    }
  }

  /** Reads a {@code Parsed} field of identifiers or dates of {@code content}. */
  static final class ParsedDeserializer extends StdDeserializer<Parsed<?>> {
    private static final long serialVersionUID = 1L;
    private final transient Parser<?> parser;
    private final Class<?> content;

    ParsedDeserializer(com.fasterxml.jackson.databind.JavaType type, Parser<?> parser) {
      super(type);
      this.parser = parser;
      this.content = type.containedTypeOrUnknown(0).getRawClass();
    }

    @Override
    public Parsed<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(
          p,
          ctxt,
          Parsed.class,
          text -> Parsed.parse(text, parser),
          v -> v.getValue().map(Afgeleid::of).orElse(null),
          Afgeleid.names(content));
    }
  }

  /** Writes item 1d's reference. */
  static final class EurLexSerializer extends StdSerializer<EurLexVerwijzing> {
    private static final long serialVersionUID = 1L;

    EurLexSerializer() {
      super(EurLexVerwijzing.class);
    }

    @Override
    public void serialize(EurLexVerwijzing value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      write(gen, value.getTekst(), Afgeleid.of(value));
    }
  }

  /** Reads item 1d's reference. */
  static final class EurLexDeserializer extends StdDeserializer<EurLexVerwijzing> {
    private static final long serialVersionUID = 1L;

    EurLexDeserializer() {
      super(EurLexVerwijzing.class);
    }

    @Override
    public EurLexVerwijzing deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      return read(
          p,
          ctxt,
          EurLexVerwijzing.class,
          EurLexVerwijzing::of,
          Afgeleid::of,
          Afgeleid.names(EurLexVerwijzing.class));
    }
  }

  /** Writes item 1e. */
  static final class ImpactAssessmentSerializer extends StdSerializer<ImpactAssessment> {
    private static final long serialVersionUID = 1L;

    ImpactAssessmentSerializer() {
      super(ImpactAssessment.class);
    }

    @Override
    public void serialize(ImpactAssessment value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      write(gen, value.getTekst(), Afgeleid.of(value));
    }
  }

  /** Reads item 1e. */
  static final class ImpactAssessmentDeserializer extends StdDeserializer<ImpactAssessment> {
    private static final long serialVersionUID = 1L;

    ImpactAssessmentDeserializer() {
      super(ImpactAssessment.class);
    }

    @Override
    public ImpactAssessment deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      return read(
          p,
          ctxt,
          ImpactAssessment.class,
          ImpactAssessment::of,
          Afgeleid::of,
          Afgeleid.names(ImpactAssessment.class));
    }
  }
}
