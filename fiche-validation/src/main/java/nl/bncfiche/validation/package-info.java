/**
 * Validation of BNC-fiches: {@link nl.bncfiche.validation.FicheValidator} gives an immutable {@link
 * nl.bncfiche.validation.ValidationReport} of {@link nl.bncfiche.validation.Issue}s, each with a
 * stable rule id from the {@link nl.bncfiche.validation.RuleCatalog}, a {@link
 * nl.bncfiche.validation.Severity}, a JSON-pointer path and messages in Dutch and English.
 *
 * <p>The same rules are Jakarta constraints on the model ({@code @GeldigDocument},
 * {@code @GeldigeFiche}, {@code @GeldigeDatum}, {@code @GeldigeIdentificatie}); with this artifact
 * on the class path a user's own Jakarta {@code Validator} reports the ERROR rules of profile
 * DEFINITIEF as violations, with the {@link nl.bncfiche.validation.Issue} as Hibernate Validator's
 * dynamic payload. Configure such a validator with {@code ParameterMessageInterpolator}: the
 * templates need no Expression Language.
 */
package nl.bncfiche.validation;
