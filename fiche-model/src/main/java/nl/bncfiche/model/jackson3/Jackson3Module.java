package nl.bncfiche.model.jackson3;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
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
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.AbstractTypeResolver;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.introspect.VisibilityChecker;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson 3 module: what the Jackson 2 module of {@code FicheJson} does, in Jackson 3's API.
 * Jackson 3 does not read Jackson 2's {@code @JsonDeserialize(as = ImmutableX.class)} on the
 * model's interfaces, so each interface is mapped here to its Immutables class; Immutables'
 * {@code @JsonCreator} and {@code @JsonProperty} are Jackson's shared annotations, read by both.
 */
final class Jackson3Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  private static final Map<Class<?>, Parser<?>> PARSERS =
      Map.of(
          CommissieDocument.class, CommissieDocument::parse,
          CelexNummer.class, CelexNummer::parse,
          ProcedureNummer.class, ProcedureNummer::parse,
          KamerstukReferentie.class, KamerstukReferentie::parse,
          NederlandseDatum.class, NederlandseDatum::parse);

  Jackson3Module() {
    super("bnc-fiche-model-jackson3");
    for (Class<?> type : PARSERS.keySet()) {
      addSerializer(new IdentifierSerializer<>(type));
    }
    @SuppressWarnings({"unchecked", "rawtypes"})
    Class<Parsed<?>> parsedType = (Class) Parsed.class;
    addSerializer(new DerivedJson3.ParsedSerializer(parsedType));
    addSerializer(EurLexVerwijzing.class, new DerivedJson3.EurLexSerializer());
    addDeserializer(EurLexVerwijzing.class, new DerivedJson3.EurLexDeserializer());
    addSerializer(ImpactAssessment.class, new DerivedJson3.ImpactAssessmentSerializer());
    addDeserializer(ImpactAssessment.class, new DerivedJson3.ImpactAssessmentDeserializer());
    addSerializer(Inline.class, new InlineSerializer());
    addDeserializer(Inline.class, new InlineDeserializer());
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addDeserializers(new IdentifierDeserializers());
    context.addAbstractTypeResolver(new ImmutablesTypes());
    context.insertAnnotationIntrospector(new Scope());
    context.addHandler(new UnknownFields());
  }

  static boolean isModel(Class<?> type) {
    return type.getName().startsWith("nl.bncfiche.model.");
  }

  private static boolean isModel(Annotated a) {
    if (a instanceof AnnotatedClass) {
      return isModel(((AnnotatedClass) a).getRawType());
    }
    return a instanceof AnnotatedMember && isModel(((AnnotatedMember) a).getDeclaringClass());
  }

  static String canonical(Object value) {
    return value instanceof NederlandseDatum
        ? ((NederlandseDatum) value).toIso()
        : value.toString();
  }

  /**
   * {@code nl.bncfiche.model.X} to its Immutables class {@code ImmutableX}, where there is one and
   * {@code X} has no {@code @JsonCreator} of its own (the types written as one string).
   */
  private static final class ImmutablesTypes extends AbstractTypeResolver {
    @Override
    public JavaType findTypeMapping(DeserializationConfig config, JavaType type) {
      Class<?> raw = type.getRawClass();
      if (!raw.isInterface()
          || !raw.getPackageName().equals("nl.bncfiche.model")
          || hasOwnCreator(raw)) {
        return null;
      }
      try {
        Class<?> impl =
            Class.forName(
                raw.getPackageName() + ".Immutable" + raw.getSimpleName(),
                false,
                raw.getClassLoader());
        return raw.isAssignableFrom(impl)
            ? config.getTypeFactory().constructSpecializedType(type, impl)
            : null;
      } catch (ClassNotFoundException e) {
        return null; // a model interface without a value class of its own (Inline)
      }
    }
  }

  /** Whether the interface is read through a {@code @JsonCreator} of its own ({@code of(text)}). */
  private static boolean hasOwnCreator(Class<?> type) {
    for (Method m : type.getDeclaredMethods()) {
      if (Modifier.isStatic(m.getModifiers()) && m.isAnnotationPresent(JsonCreator.class)) {
        return true;
      }
    }
    return false;
  }

  /** As the Jackson 2 module's scope: only the model's fields, empty left out, null refused. */
  private static final class Scope extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;
    private static final JsonInclude.Value NON_EMPTY =
        JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS);
    private static final JsonSetter.Value NULLS_FAIL =
        JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL);

    @Override
    public Version version() {
      return Version.unknownVersion();
    }

    @Override
    public JsonInclude.Value findPropertyInclusion(MapperConfig<?> config, Annotated a) {
      return isModel(a) ? NON_EMPTY : JsonInclude.Value.empty();
    }

    @Override
    public JsonSetter.Value findSetterInfo(MapperConfig<?> config, Annotated a) {
      return isModel(a) ? NULLS_FAIL : JsonSetter.Value.empty();
    }

    @Override
    public Boolean findSerializationSortAlphabetically(MapperConfig<?> config, Annotated a) {
      // Jackson 3 sorts by name by default; the model keeps Jackson 2's (and FicheJson's) order
      return isModel(a) ? Boolean.FALSE : null;
    }

    @Override
    public VisibilityChecker findAutoDetectVisibility(
        MapperConfig<?> config, AnnotatedClass ac, VisibilityChecker checker) {
      if (!isModel(ac.getRawType())) {
        return checker;
      }
      return checker
          .withGetterVisibility(Visibility.NONE)
          .withIsGetterVisibility(Visibility.NONE)
          .withFieldVisibility(Visibility.NONE);
    }
  }

  /** Refuses an unknown field of a model type where the mapper would skip it. */
  private static final class UnknownFields extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(
        DeserializationContext ctxt,
        JsonParser p,
        ValueDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName) {
      Class<?> type =
          beanOrClass instanceof Class ? (Class<?>) beanOrClass : beanOrClass.getClass();
      if (!isModel(type) || ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
        return false;
      }
      throw UnrecognizedPropertyException.from(
          p, beanOrClass, propertyName, deserializer.getKnownPropertyNames());
    }
  }

  private static final class IdentifierSerializer<T> extends StdSerializer<T> {
    IdentifierSerializer(Class<T> type) {
      super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(canonical(value));
    }
  }

  /** Finds the deserializer of an identifier type and of {@code Parsed<identifier>}. */
  private static final class IdentifierDeserializers extends Deserializers.Base {
    @Override
    public ValueDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDescRef) {
      Class<?> raw = type.getRawClass();
      if (raw == Parsed.class) {
        Parser<?> parser = PARSERS.get(type.containedTypeOrUnknown(0).getRawClass());
        return parser == null ? null : new DerivedJson3.ParsedDeserializer(type, parser);
      }
      Parser<?> parser = PARSERS.get(raw);
      return parser == null ? null : new IdentifierDeserializer(type, parser);
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return valueType == Parsed.class || PARSERS.containsKey(valueType);
    }
  }

  private static String readText(JsonParser p, DeserializationContext ctxt, JavaType type) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return (String) ctxt.handleUnexpectedToken(type, p);
    }
    return p.getString();
  }

  private static final class IdentifierDeserializer extends StdDeserializer<Object> {
    private final transient Parser<?> parser;

    IdentifierDeserializer(JavaType type, Parser<?> parser) {
      super(type);
      this.parser = parser;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = readText(p, ctxt, getValueType());
      try {
        return parser.parse(text);
      } catch (IdentifierParseException e) {
        return ctxt.handleWeirdStringValue(handledType(), text, "%s", e.getError().getMessage());
      }
    }
  }

  private static final class InlineSerializer extends StdSerializer<Inline> {
    InlineSerializer() {
      super(Inline.class);
    }

    @Override
    public void serialize(Inline value, JsonGenerator gen, SerializationContext ctxt) {
      if (value instanceof TekstRun) {
        gen.writeString(((TekstRun) value).getTekst());
      } else if (value instanceof VoetnootVerwijzing) {
        gen.writeStartObject();
        gen.writeNumberProperty("voetnoot", ((VoetnootVerwijzing) value).getNummer());
        gen.writeEndObject();
      } else {
        throw new IllegalArgumentException("unknown inline kind: " + value.getClass().getName());
      }
    }
  }

  private static final class InlineDeserializer extends StdDeserializer<Inline> {
    private static final String EXPECTED =
        "a string or an object {\"voetnoot\": <positive number>}";

    InlineDeserializer() {
      super(Inline.class);
    }

    @Override
    public Inline deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        return TekstRun.of(p.getString());
      }
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (Inline) ctxt.reportInputMismatch(this, "expected %s", EXPECTED);
      }
      JsonToken t = p.nextToken();
      if (t != JsonToken.PROPERTY_NAME || !"voetnoot".equals(p.currentName())) {
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
