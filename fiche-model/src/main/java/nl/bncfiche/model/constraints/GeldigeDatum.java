package nl.bncfiche.model.constraints;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A date field ({@code Parsed<NederlandseDatum>}) holds a date that exists: "31 februari 2026" or
 * text that is no date is a violation (rule BNC-F-005).
 *
 * <p>Put it on the type argument: {@code Optional<@GeldigeDatum Parsed<NederlandseDatum>>}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, TYPE_USE})
@Retention(RUNTIME)
public @interface GeldigeDatum {
  /** A constant message template. */
  String message() default "BNC-F-005: a date MUST exist";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
