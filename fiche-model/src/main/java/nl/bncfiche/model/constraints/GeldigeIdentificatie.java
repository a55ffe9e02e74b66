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
 * An identifier field ({@code Parsed<CommissieDocument>}, {@code Parsed<ProcedureNummer>}, {@code
 * Parsed<KamerstukReferentie>}) holds text that parses as its identifier: a violation of BNC-F-001
 * or BNC-F-003. An unreadable Kamerstuk reference (BNC-F-004) is a WARNING, which a Jakarta
 * constraint does not report; {@code FicheValidator} does.
 *
 * <p>Put it on the type argument: {@code List<@GeldigeIdentificatie Parsed<CommissieDocument>>}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, TYPE_USE})
@Retention(RUNTIME)
public @interface GeldigeIdentificatie {
  /** A constant message template. */
  String message() default "BNC-F: an identifier MUST be well-formed";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
