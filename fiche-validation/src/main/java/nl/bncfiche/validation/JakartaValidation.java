package nl.bncfiche.validation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * A Jakarta Bean Validation {@link ValidatorFactory} set up safely, for applications that validate
 * fiches with a Jakarta {@link Validator} (Spring's {@code @Valid}, a service layer) instead of
 * {@link FicheValidator}: the model's constraint annotations then report the ERROR rules of the
 * {@code DEFINITIEF} profile as violations, each with its rule id and the {@link Issue} as
 * Hibernate Validator's dynamic payload.
 *
 * <p>The factory is Hibernate Validator, bootstrapped once per JVM on first use with the {@link
 * ParameterMessageInterpolator} (no Expression Language: none is on our class path, and {@code
 * ${…}} in a template is never evaluated), XML configuration ignored, and Dutch as the default
 * locale with English beside it, independent of the JVM's default locale. Our message templates are
 * constants; validated values never enter them. Thread-safe; do not close the shared factory.
 *
 * <p>Hibernate Validator is an optional dependency of this artifact: an application that uses this
 * class adds {@code org.hibernate.validator:hibernate-validator} (Spring Boot's {@code
 * spring-boot-starter-validation} and {@code fiche-spring-boot-starter} bring it; on the module
 * path, {@code requires org.hibernate.validator}). Without it, {@link #factory()} and {@link
 * #validator()} throw an {@link IllegalStateException} that says so.
 */
public final class JakartaValidation {
  private static final Locale NL = Locale.forLanguageTag("nl");

  private JakartaValidation() {}

  /**
   * The shared, safely configured factory.
   *
   * @throws IllegalStateException when Hibernate Validator is not on the class or module path
   */
  public static ValidatorFactory factory() {
    requireHibernateValidator();
    return Holder.FACTORY;
  }

  /**
   * A validator of the shared factory; validators are thread-safe and may be shared too.
   *
   * @throws IllegalStateException when Hibernate Validator is not on the class or module path
   */
  public static Validator validator() {
    requireHibernateValidator();
    return Holder.VALIDATOR;
  }

  /** Fails with a message that names what to add, before {@link Holder} would fail to link. */
  private static void requireHibernateValidator() {
    try {
      Class.forName(
          "org.hibernate.validator.HibernateValidator",
          false,
          JakartaValidation.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException(
          "Hibernate Validator ontbreekt: voeg org.hibernate.validator:hibernate-validator toe"
              + " (op het modulepad ook 'requires org.hibernate.validator') | Hibernate Validator"
              + " is missing: add org.hibernate.validator:hibernate-validator (on the module path"
              + " also 'requires org.hibernate.validator')",
          e);
    }
  }

  private static final class Holder {
    static final ValidatorFactory FACTORY = build();
    static final Validator VALIDATOR = FACTORY.getValidator();

    private static ValidatorFactory build() {
      // A HashSet: Set.of would throw on the duplicate when a caller's locale list repeats one.
      HashSet<Locale> locales = new HashSet<>(List.of(NL, Locale.ENGLISH));
      return Validation.byProvider(HibernateValidator.class)
          .configure()
          .ignoreXmlConfiguration()
          .defaultLocale(NL)
          .locales(locales)
          .messageInterpolator(new ParameterMessageInterpolator(locales, NL, false))
          .buildValidatorFactory();
    }
  }
}
