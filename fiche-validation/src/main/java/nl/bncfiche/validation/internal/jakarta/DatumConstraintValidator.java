package nl.bncfiche.validation.internal.jakarta;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import nl.bncfiche.model.constraints.GeldigeDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.validation.internal.rules.FormatRules;

/** The validator of {@link GeldigeDatum} on one {@code Parsed} date: rule BNC-F-005. Stateless. */
@SuppressWarnings("rawtypes")
public final class DatumConstraintValidator implements ConstraintValidator<GeldigeDatum, Parsed> {
  @Override
  public boolean isValid(Parsed value, ConstraintValidatorContext context) {
    if (value == null || value.isParsed() || value.getText().isBlank()) {
      return true;
    }
    Violations.report(List.of(FieldIssues.unparsed(FormatRules.DATUM, value)), context, 0);
    return false;
  }
}
