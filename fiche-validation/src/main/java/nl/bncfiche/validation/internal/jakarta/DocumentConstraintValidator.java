package nl.bncfiche.validation.internal.jakarta;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.constraints.GeldigDocument;

/** The validator of {@link GeldigDocument}: every rule of the catalogue. Stateless. */
public final class DocumentConstraintValidator
    implements ConstraintValidator<GeldigDocument, KamerstukDocument> {
  @Override
  public boolean isValid(KamerstukDocument value, ConstraintValidatorContext context) {
    return value == null || Violations.validate(value, context, 0);
  }
}
