package nl.bncfiche.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.constraints.GeldigeDatum;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * Every constraint annotation in the model is seen by Hibernate Validator's metadata: a constraint
 * on an accessor HV ignores (one that is not a JavaBeans getter) fails this test.
 */
class ConstraintMetaTest {
  private static final Validator HV =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

  /** The model's own types (not the generated Immutable* classes), found on the class path. */
  static List<Class<?>> modelTypes()
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path location =
        Path.of(
            KamerstukDocument.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> s = Files.walk(location.resolve("nl/bncfiche/model"))) {
        s.forEach(p -> names.add(location.relativize(p).toString().replace('\\', '/')));
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        jar.stream().forEach(e -> names.add(e.getName()));
      }
    }
    List<Class<?>> types = new ArrayList<>();
    for (String n : names) {
      String simple = n.substring(n.lastIndexOf('/') + 1);
      if (n.startsWith("nl/bncfiche/model/")
          // the Jackson 3 binding carries no constraints and needs Jackson 3, optional and absent
          && !n.startsWith("nl/bncfiche/model/jackson3/")
          && n.endsWith(".class")
          && !simple.contains("$")
          && !simple.startsWith("Immutable")
          && !simple.equals("package-info.class")) {
        types.add(Class.forName(n.substring(0, n.length() - 6).replace('/', '.')));
      }
    }
    return types;
  }

  private static boolean isConstraint(Annotation a) {
    return a.annotationType().isAnnotationPresent(Constraint.class);
  }

  private static boolean has(Set<ConstraintDescriptor<?>> ds, Annotation a) {
    return ds.stream().anyMatch(d -> d.getAnnotation().annotationType() == a.annotationType());
  }

  private static String property(Method m) {
    String n = m.getName();
    if (n.startsWith("get") && n.length() > 3) {
      return Character.toLowerCase(n.charAt(3)) + n.substring(4);
    }
    if (n.startsWith("is") && n.length() > 2) {
      return Character.toLowerCase(n.charAt(2)) + n.substring(3);
    }
    return n;
  }

  /**
   * The constraint annotations on {@code type} that Hibernate Validator's metadata does not report.
   */
  static List<String> unseen(Class<?> type) {
    List<String> missing = new ArrayList<>();
    BeanDescriptor bean = HV.getConstraintsForClass(type);
    for (Annotation a : type.getAnnotations()) {
      if (isConstraint(a) && !has(bean.getConstraintDescriptors(), a)) {
        missing.add(type.getSimpleName() + " @" + a.annotationType().getSimpleName());
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      PropertyDescriptor p = bean.getConstraintsForProperty(property(m));
      for (Annotation a : m.getAnnotations()) {
        if (isConstraint(a) && (p == null || !has(p.getConstraintDescriptors(), a))) {
          missing.add(
              type.getSimpleName()
                  + "."
                  + m.getName()
                  + "() @"
                  + a.annotationType().getSimpleName());
        }
      }
      AnnotatedType r = m.getAnnotatedReturnType();
      if (r instanceof AnnotatedParameterizedType annotatedParameterizedType) {
        for (AnnotatedType arg : annotatedParameterizedType.getAnnotatedActualTypeArguments()) {
          for (Annotation a : arg.getAnnotations()) {
            if (!isConstraint(a)) {
              continue;
            }
            boolean seen =
                p != null
                    && p.getConstrainedContainerElementTypes().stream()
                        .map(ContainerElementTypeDescriptor::getConstraintDescriptors)
                        .anyMatch(ds -> has(ds, a));
            if (!seen) {
              missing.add(
                  type.getSimpleName()
                      + "."
                      + m.getName()
                      + "() <@"
                      + a.annotationType().getSimpleName()
                      + ">");
            }
          }
        }
      }
    }
    return missing;
  }

  static int constraintCount(Class<?> type) {
    int n = (int) Stream.of(type.getAnnotations()).filter(ConstraintMetaTest::isConstraint).count();
    for (Method m : type.getDeclaredMethods()) {
      n += (int) Stream.of(m.getAnnotations()).filter(ConstraintMetaTest::isConstraint).count();
      if (m.getAnnotatedReturnType() instanceof AnnotatedParameterizedType) {
        for (AnnotatedType arg :
            ((AnnotatedParameterizedType) m.getAnnotatedReturnType())
                .getAnnotatedActualTypeArguments()) {
          n +=
              (int)
                  Stream.of(arg.getAnnotations()).filter(ConstraintMetaTest::isConstraint).count();
        }
      }
    }
    return n;
  }

  @Test
  void everyConstraintAnnotationInTheModelIsSeenByTheValidator() throws Exception {
    List<Class<?>> types = modelTypes();
    assertThat(types.stream().map(Class::getSimpleName).collect(Collectors.toList()))
        .contains(
            "KamerstukDocument", "Fiche", "AlgemeneGegevens", "KamerstukKop", "BriefVermelding");
    int constraints = 0;
    List<String> missing = new ArrayList<>();
    for (Class<?> t : types) {
      constraints += constraintCount(t);
      missing.addAll(unseen(t));
    }
    assertThat(missing).as("constraint annotations Hibernate Validator ignores").isEmpty();
    assertThat(constraints)
        .as("constraint annotations found in the model")
        .isGreaterThanOrEqualTo(7);
  }

  /** An accessor that is not a JavaBeans getter: HV ignores its constraints. */
  interface Verkeerd {
    @GeldigeDatum
    Parsed<NederlandseDatum> datum();

    Optional<@GeldigeDatum Parsed<NederlandseDatum>> ontvangst();
  }

  /** The same as getters: HV sees them. */
  interface Goed {
    @GeldigeDatum
    Parsed<NederlandseDatum> getDatum();

    Optional<@GeldigeDatum Parsed<NederlandseDatum>> getOntvangst();
  }

  @Test
  void theMetaCheckCatchesAConstraintOnANonGetter() {
    assertThat(unseen(Verkeerd.class)).hasSize(2);
    assertThat(unseen(Goed.class)).isEmpty();
    assertThat(constraintCount(Goed.class)).isEqualTo(2);
  }
}
