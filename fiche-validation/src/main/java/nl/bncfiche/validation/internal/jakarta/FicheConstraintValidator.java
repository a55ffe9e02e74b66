package nl.bncfiche.validation.internal.jakarta;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.constraints.GeldigeFiche;

/**
 * The validator of {@link GeldigeFiche}: every rule, on a document of just this fiche. Property
 * paths are relative to the fiche (the leading {@code fiches[0]} is left out). Stateless.
 */
public final class FicheConstraintValidator implements ConstraintValidator<GeldigeFiche, Fiche> {
  @Override
  public boolean isValid(Fiche value, ConstraintValidatorContext context) {
    return value == null || Violations.validate(KamerstukDocument.of(value), context, 2);
  }
}
