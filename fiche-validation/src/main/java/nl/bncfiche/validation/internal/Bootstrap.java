package nl.bncfiche.validation.internal;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The one Hibernate Validator factory of this library: {@link ParameterMessageInterpolator} (no
 * Expression Language needed or used), XML configuration ignored. Built on first use, shared, and
 * thread-safe.
 */
public final class Bootstrap {
  private Bootstrap() {}

  private static final class Holder {
    static final HibernateValidatorFactory FACTORY = build();
  }

  /** The shared factory. */
  public static HibernateValidatorFactory factory() {
    return Holder.FACTORY;
  }

  private static HibernateValidatorFactory build() {
    ValidatorFactory f =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .ignoreXmlConfiguration()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    return f.unwrap(HibernateValidatorFactory.class);
  }
}
