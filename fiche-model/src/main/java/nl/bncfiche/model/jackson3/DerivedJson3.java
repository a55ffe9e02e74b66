package nl.bncfiche.model.jackson3;

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
import nl.bncfiche.model.json.internal.Afgeleid;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Jackson 3's form of a value read from text: {@code {"tekst": …, "afgeleid": {…}}}, with what
 * {@link Afgeleid} derives; reading takes that object or, as written before, the text alone, and
 * refuses an {@code afgeleid} field that contradicts the text at that field's pointer.
 */
final class DerivedJson3 {
  private static final List<Object> FIELDS = List.of(Afgeleid.AFGELEID, Afgeleid.TEKST);

  private DerivedJson3() {}

  static void write(JsonGenerator gen, String text, Map<String, Object> derived) {
    gen.writeStartObject();
    gen.writeStringProperty(Afgeleid.TEKST, text);
    if (!derived.isEmpty()) {
      gen.writeObjectPropertyStart(Afgeleid.AFGELEID);
      for (Map.Entry<String, Object> e : derived.entrySet()) {
        if (e.getValue() instanceof List<?> list) {
          gen.writeArrayPropertyStart(e.getKey());
          for (Object v : list) {
            gen.writeString((String) v);
          }
          gen.writeEndArray();
        } else if (e.getValue() instanceof Integer i) {
          gen.writeNumberProperty(e.getKey(), i);
        } else {
          gen.writeStringProperty(e.getKey(), (String) e.getValue());
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
      List<String> names) {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return fromText.apply(p.getString());
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw new Mismatch(
          p,
          p.currentTokenLocation(),
          "wrong type: expected a string or an object {\"tekst\": …}",
          "verkeerd type: verwacht tekst of een object {\"tekst\": …}");
    }
    TokenStreamLocation start = p.currentTokenLocation();
    String text = null;
    TokenStreamLocation afgeleidAt = null;
    Map<String, Object> read = new LinkedHashMap<>();
    Map<String, TokenStreamLocation> at = new HashMap<>();
    for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
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
        text = p.getString();
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
      JsonParser p, Map<String, Object> read, Map<String, TokenStreamLocation> at) {
    for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      at.put(name, p.currentTokenLocation());
      Object v = Afgeleid.OTHER;
      if (value == JsonToken.VALUE_STRING) {
        v = p.getString();
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
  private static Object strings(JsonParser p) {
    List<String> list = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t != JsonToken.VALUE_STRING) {
        p.skipChildren();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          p.skipChildren();
        }
        return Afgeleid.OTHER;
      }
      list.add(p.getString());
    }
    return list;
  }

  private static MismatchedInputException at(MismatchedInputException e, Class<?> type, String f) {
    e.prependPath(type, f);
    return e;
  }

  /**
   * A mismatch in the English words of {@code FicheJson}'s message (whose Dutch words Jackson 3 has
   * no place for); Jackson adds the path.
   */
  static final class Mismatch extends MismatchedInputException {
    private static final long serialVersionUID = 1L;

    Mismatch(JsonParser p, TokenStreamLocation location, String en, String nl) {
      super(p, en, location);
    }
  }

  /** Writes a {@code Parsed} field. */
  static final class ParsedSerializer extends StdSerializer<Parsed<?>> {

    ParsedSerializer(Class<Parsed<?>> type) {
      super(type);
    }

    @Override
    public void serialize(Parsed<?> value, JsonGenerator gen, SerializationContext provider) {
      write(gen, value.getText(), value.getValue().map(Afgeleid::of).orElse(Map.of()));
    }
  }

  /** Reads a {@code Parsed} field of identifiers or dates of {@code content}. */
  static final class ParsedDeserializer extends StdDeserializer<Parsed<?>> {
    private final transient Parser<?> parser;
    private final Class<?> content;

    ParsedDeserializer(tools.jackson.databind.JavaType type, Parser<?> parser) {
      super(type);
      this.parser = parser;
      this.content = type.containedTypeOrUnknown(0).getRawClass();
    }

    @Override
    public Parsed<?> deserialize(JsonParser p, DeserializationContext ctxt) {
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

    EurLexSerializer() {
      super(EurLexVerwijzing.class);
    }

    @Override
    public void serialize(
        EurLexVerwijzing value, JsonGenerator gen, SerializationContext provider) {
      write(gen, value.getTekst(), Afgeleid.of(value));
    }
  }

  /** Reads item 1d's reference. */
  static final class EurLexDeserializer extends StdDeserializer<EurLexVerwijzing> {

    EurLexDeserializer() {
      super(EurLexVerwijzing.class);
    }

    @Override
    public EurLexVerwijzing deserialize(JsonParser p, DeserializationContext ctxt) {
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
    ImpactAssessmentSerializer() {
      super(ImpactAssessment.class);
    }

    @Override
    public void serialize(
        ImpactAssessment value, JsonGenerator gen, SerializationContext provider) {
      write(gen, value.getTekst(), Afgeleid.of(value));
    }
  }

  /** Reads item 1e. */
  static final class ImpactAssessmentDeserializer extends StdDeserializer<ImpactAssessment> {
    ImpactAssessmentDeserializer() {
      super(ImpactAssessment.class);
    }

    @Override
    public ImpactAssessment deserialize(JsonParser p, DeserializationContext ctxt) {
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
