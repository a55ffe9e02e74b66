package nl.bncfiche.model.json.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.introspect.VisibilityChecker;
import java.io.IOException;

/**
 * {@link nl.bncfiche.model.json.FicheJson}'s rules for the model's own types inside an
 * application's mapper (Spring's, for one), whatever that mapper's settings: only the properties
 * the model names (no getter found by its name alone), absent and empty parts left out, {@code
 * null} refused, and an unknown field refused. Other types of the application keep the mapper's
 * settings.
 */
final class ModelScope {
  private ModelScope() {}

  /** Whether {@code type} is one of the model's (an Immutables class, its JSON delegate). */
  static boolean isModel(Class<?> type) {
    return type.getName().startsWith("nl.bncfiche.model.");
  }

  private static boolean isModel(Annotated a) {
    if (a instanceof AnnotatedClass) {
      return isModel(((AnnotatedClass) a).getRawType());
    }
    return a instanceof AnnotatedMember && isModel(((AnnotatedMember) a).getDeclaringClass());
  }

  /** The inclusion, visibility and null rules, for model types only. */
  static final class Introspector extends NopAnnotationIntrospector {
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
    public JsonInclude.Value findPropertyInclusion(Annotated a) {
      return isModel(a) ? NON_EMPTY : JsonInclude.Value.empty();
    }

    @Override
    public JsonSetter.Value findSetterInfo(Annotated a) {
      return isModel(a) ? NULLS_FAIL : JsonSetter.Value.empty();
    }

    @Override
    public VisibilityChecker<?> findAutoDetectVisibility(
        AnnotatedClass ac, VisibilityChecker<?> checker) {
      if (!isModel(ac.getRawType())) {
        return checker;
      }
      return checker
          .withGetterVisibility(Visibility.NONE)
          .withIsGetterVisibility(Visibility.NONE)
          .withFieldVisibility(Visibility.NONE);
    }
  }

  /**
   * Refuses an unknown field of a model type where the mapper would skip it ({@code
   * FAIL_ON_UNKNOWN_PROPERTIES} off, as in Spring Boot): a misspelt field name must not vanish.
   */
  static final class UnknownFields extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(
        DeserializationContext ctxt,
        JsonParser p,
        JsonDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName)
        throws IOException {
      Class<?> type =
          beanOrClass instanceof Class ? (Class<?>) beanOrClass : beanOrClass.getClass();
      if (!isModel(type) || ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
        return false;
      }
      throw UnrecognizedPropertyException.from(
          p, beanOrClass, propertyName, deserializer.getKnownPropertyNames());
    }
  }
}
