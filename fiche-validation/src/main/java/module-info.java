/**
 * Validation of BNC-fiches: {@code FicheValidator} with the rule catalogue, and the validators of
 * the model's Jakarta constraints.
 *
 * <p>Only {@code nl.bncfiche.validation} is API. The constraint validators are services of
 * Hibernate Validator, which also creates them itself: their package is exported to it alone.
 * Hibernate Validator is optional ({@code requires static}): an application that uses {@code
 * JakartaValidation} requires {@code org.hibernate.validator} itself.
 */
module nl.bncfiche.validation {
  requires transitive nl.bncfiche.model;
  requires static org.hibernate.validator;

  exports nl.bncfiche.validation;
  exports nl.bncfiche.validation.internal.jakarta to
      org.hibernate.validator;

  provides jakarta.validation.ConstraintValidator with
      nl.bncfiche.validation.internal.jakarta.DocumentConstraintValidator,
      nl.bncfiche.validation.internal.jakarta.FicheConstraintValidator,
      nl.bncfiche.validation.internal.jakarta.DatumConstraintValidator,
      nl.bncfiche.validation.internal.jakarta.IdentificatieConstraintValidator;
}
