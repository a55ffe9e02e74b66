package nl.bncfiche.model.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A Kamerstuk document satisfies every rule of the BNC-fiche rule catalogue: completeness, formats,
 * consistency, footnotes, cover letter, timing and plausibility, for all its fiches.
 *
 * <p>The validator is in {@code fiche-validation}; each broken rule becomes one violation whose
 * property path points at the offending part. A plain Jakarta validator reports the rules of
 * severity ERROR of the profile DEFINITIEF.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface GeldigDocument {
  /** A constant message template; the validator replaces it per rule by another constant. */
  String message() default "BNC-fiche rule violated";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
