package nl.bncfiche.spring;

import jakarta.validation.ConstraintViolation;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import nl.bncfiche.validation.Issue;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * A Spring validator over a Jakarta validator that gives the violations of our constraints our rule
 * id as their error code ({@code FieldError.getCode()} is {@code "BNC-V-003"}, not the constraint's
 * name {@code GeldigDocument}), so that an application's message source and error handling can key
 * on rule ids. Every other violation is left to Spring as it is. Each error keeps its violation
 * ({@code error.unwrap(ConstraintViolation.class)}). Thread-safe if the Jakarta validator is.
 */
public class FicheBindingValidator extends SpringValidatorAdapter {
  /** A validator that delegates to {@code target}. */
  public FicheBindingValidator(jakarta.validation.Validator target) {
    super(target);
  }

  /** The issue behind a violation of one of our constraints, if it is one. */
  static Optional<Issue> issueOf(ConstraintViolation<?> violation) {
    try {
      HibernateConstraintViolation<?> h = violation.unwrap(HibernateConstraintViolation.class);
      return Optional.ofNullable(h.getDynamicPayload(Issue.class));
    } catch (RuntimeException e) {
      return Optional.empty(); // not Hibernate Validator: no payload, not ours to translate
    }
  }

  @Override
  protected void processConstraintViolations(
      Set<ConstraintViolation<Object>> violations, Errors errors) {
    Set<ConstraintViolation<Object>> others = new LinkedHashSet<>();
    for (ConstraintViolation<Object> v : violations) {
      Optional<Issue> issue = issueOf(v);
      if (issue.isEmpty() || !(errors instanceof BindingResult)) {
        others.add(v);
        continue;
      }
      BindingResult result = (BindingResult) errors;
      String ruleId = issue.get().getRuleId();
      String field = determineField(v);
      Object[] arguments = {issue.get().getPointer()};
      ObjectError error;
      if (field.isEmpty()) {
        error =
            new ObjectError(
                errors.getObjectName(),
                result.resolveMessageCodes(ruleId),
                arguments,
                v.getMessage());
      } else {
        // no rejected value: a fiche can be confidential, and the error may be logged
        error =
            new FieldError(
                errors.getObjectName(),
                errors.getNestedPath() + field,
                null,
                false,
                result.resolveMessageCodes(ruleId, field),
                arguments,
                v.getMessage());
      }
      error.wrap(v);
      result.addError(error);
    }
    super.processConstraintViolations(others, errors);
  }
}
