package nl.bncfiche.validation.internal.jakarta;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import nl.bncfiche.model.constraints.GeldigeIdentificatie;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.validation.Severity;
import nl.bncfiche.validation.internal.rules.AllRules;
import nl.bncfiche.validation.internal.rules.FormatRules;

/**
 * The validator of {@link GeldigeIdentificatie} on one {@code Parsed} identifier: BNC-F-001
 * (Commission document) or BNC-F-003 (procedure number). A Kamerstuk reference (BNC-F-004) is a
 * WARNING, which a Jakarta validator does not report. Stateless.
 */
@SuppressWarnings("rawtypes")
public final class IdentificatieConstraintValidator
    implements ConstraintValidator<GeldigeIdentificatie, Parsed> {
  @Override
  public boolean isValid(Parsed value, ConstraintValidatorContext context) {
    if (value == null
        || value.isParsed()
        || value.getError().isEmpty()
        || value.getText().isBlank()) {
      return true;
    }
    String identifier = ((Parsed<?>) value).getError().get().getIdentifier();
    String rule =
        identifier.startsWith("procedure")
            ? FormatRules.PROCEDURE
            : identifier.startsWith("Kamerstuk")
                ? FormatRules.KAMERSTUK
                : identifier.startsWith("Dutch date")
                    ? FormatRules.DATUM
                    : FormatRules.COMMISSIEDOCUMENT;
    if (AllRules.ENGINE.rules().get(rule).description().getDefaultSeverity() != Severity.ERROR) {
      return true;
    }
    Violations.report(List.of(FieldIssues.unparsed(rule, value)), context, 0);
    return false;
  }
}
