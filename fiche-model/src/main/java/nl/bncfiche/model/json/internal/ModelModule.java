package nl.bncfiche.model.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Map;
import nl.bncfiche.model.EurLexVerwijzing;
import nl.bncfiche.model.ImpactAssessment;
import nl.bncfiche.model.Inline;
import nl.bncfiche.model.TekstRun;
import nl.bncfiche.model.VoetnootVerwijzing;
import nl.bncfiche.model.id.CelexNummer;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.IdentifierParseException;
import nl.bncfiche.model.id.KamerstukReferentie;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.id.Parser;
import nl.bncfiche.model.id.ProcedureNummer;

/**
 * The Jackson module of the model: identifiers as canonical strings (dates as ISO-8601), {@link
 * Parsed} fields and EUR-Lex references as {@code {"tekst", "afgeleid"}} ({@link DerivedJson}), and
 * paragraph content as strings and {@code {"voetnoot": n}} objects; in an application's mapper,
 * {@link ModelScope}'s rules for the model's types, so that the mapper writes and reads what {@code
 * FicheJson} does.
 */
public final class ModelModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  private static final Map<Class<?>, Parser<?>> PARSERS =
      Map.of(
          CommissieDocument.class, CommissieDocument::parse,
          CelexNummer.class, CelexNummer::parse,
          ProcedureNummer.class, ProcedureNummer::parse,
          KamerstukReferentie.class, KamerstukReferentie::parse,
          NederlandseDatum.class, NederlandseDatum::parse);

  /** The module. */
  public ModelModule() {
    super("bnc-fiche-model");
    for (Class<?> type : PARSERS.keySet()) {
      addSerializer(new IdentifierSerializer<>(type));
    }
    @SuppressWarnings({"unchecked", "rawtypes"})
    Class<Parsed<?>> parsedType = (Class) Parsed.class;
    addSerializer(new DerivedJson.ParsedSerializer(parsedType));
    addSerializer(EurLexVerwijzing.class, new DerivedJson.EurLexSerializer());
    addDeserializer(EurLexVerwijzing.class, new DerivedJson.EurLexDeserializer());
    addSerializer(ImpactAssessment.class, new DerivedJson.ImpactAssessmentSerializer());
    addDeserializer(ImpactAssessment.class, new DerivedJson.ImpactAssessmentDeserializer());
    addSerializer(Inline.class, new InlineSerializer());
    addDeserializer(Inline.class, new InlineDeserializer());
  }

  /**
   * The module of {@link nl.bncfiche.model.json.FicheJson}'s own mapper: this module, and every
   * string value refused when it holds a lone surrogate. Not in {@link #ModelModule()}, which an
   * application adds to its own mapper: there it would change how every string is read.
   */
  public static ModelModule strict() {
    ModelModule m = new ModelModule();
    m.addDeserializer(String.class, new LoneSurrogates.Strings());
    return m;
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addDeserializers(new IdentifierDeserializers());
    context.insertAnnotationIntrospector(new ModelScope.Introspector());
    context.addDeserializationProblemHandler(new ModelScope.UnknownFields());
  }

  static String canonical(Object value) {
    return value instanceof NederlandseDatum nederlandseDatum
        ? nederlandseDatum.toIso()
        : value.toString();
  }

  private static final class IdentifierSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    IdentifierSerializer(Class<T> type) {
      super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(canonical(value));
    }
  }

  /** Finds the deserializer of an identifier type and of {@code Parsed<identifier>}. */
  private static final class IdentifierDeserializers extends Deserializers.Base {
    @Override
    public JsonDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
      Class<?> raw = type.getRawClass();
      if (raw == Parsed.class) {
        JavaType content = type.containedTypeOrUnknown(0);
        Parser<?> parser = PARSERS.get(content.getRawClass());
        return parser == null ? null : new DerivedJson.ParsedDeserializer(type, parser);
      }
      Parser<?> parser = PARSERS.get(raw);
      return parser == null ? null : new IdentifierDeserializer(type, parser);
    }
  }

  private static String readText(JsonParser p, DeserializationContext ctxt, JavaType type)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return (String) ctxt.handleUnexpectedToken(type, p);
    }
    return LoneSurrogates.check(p, p.getText());
  }

  private static final class IdentifierDeserializer extends StdDeserializer<Object> {
    private static final long serialVersionUID = 1L;
    private final transient Parser<?> parser;

    IdentifierDeserializer(JavaType type, Parser<?> parser) {
      super(type);
      this.parser = parser;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = readText(p, ctxt, getValueType());
      try {
        return parser.parse(text);
      } catch (IdentifierParseException e) {
        return ctxt.handleWeirdStringValue(handledType(), text, "%s", e.getError().getMessage());
      }
    }
  }

  private static final class InlineSerializer extends StdSerializer<Inline> {
    private static final long serialVersionUID = 1L;

    InlineSerializer() {
      super(Inline.class);
    }

    @Override
    public void serialize(Inline value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (value instanceof TekstRun tekstRun) {
        gen.writeString(tekstRun.getTekst());
      } else if (value instanceof VoetnootVerwijzing voetnootVerwijzing) {
        gen.writeStartObject();
        gen.writeNumberField("voetnoot", voetnootVerwijzing.getNummer());
        gen.writeEndObject();
      } else {
        throw new IllegalArgumentException("unknown inline kind: " + value.getClass().getName());
      }
    }
  }

  private static final class InlineDeserializer extends StdDeserializer<Inline> {
    private static final long serialVersionUID = 1L;
    private static final String EXPECTED =
        "a string or an object {\"voetnoot\": <positive number>}";

    InlineDeserializer() {
      super(Inline.class);
    }

    @Override
    public Inline deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        return TekstRun.of(LoneSurrogates.check(p, p.getText()));
      }
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (Inline) ctxt.reportInputMismatch(this, "expected %s", EXPECTED);
      }
      JsonToken t = p.nextToken();
      if (t != JsonToken.FIELD_NAME || !"voetnoot".equals(p.currentName())) {
        return (Inline) ctxt.reportInputMismatch(this, "expected %s", EXPECTED);
      }
      if (p.nextToken() != JsonToken.VALUE_NUMBER_INT || p.getIntValue() < 1) {
        return (Inline) ctxt.reportInputMismatch(this, "expected %s", EXPECTED);
      }
      int nummer = p.getIntValue();
      if (p.nextToken() != JsonToken.END_OBJECT) {
        return (Inline) ctxt.reportInputMismatch(this, "expected %s", EXPECTED);
      }
      return VoetnootVerwijzing.of(nummer);
    }
  }
}
