/**
 * Jakarta Bean Validation constraint annotations on the model, so that any Jakarta {@code
 * Validator} (a Spring {@code @Valid} included) applies the fiche rules.
 *
 * <p>The annotations are declared here with {@code validatedBy = {}}: the model carries no
 * validation logic. Their validators live in the {@code fiche-validation} artifact and are
 * registered through {@code META-INF/services/jakarta.validation.ConstraintValidator}; without that
 * artifact on the class path a provider reports that no validator is found. Message templates are
 * constants and never hold a validated value.
 */
package nl.bncfiche.model.constraints;
