/**
 * The rule engine and what rules are written with: {@code Rule}, {@code RuleEngine}, {@code
 * Findings}, {@code NodePath}, {@code Walk} and the text helpers.
 *
 * <p>Not an API. It knows no rule: the rules ({@code internal.rules}) and the Jakarta bridge
 * ({@code internal.jakarta}) depend on this package, never the other way. It builds the public
 * package's values ({@code Issue}, {@code RuleDescription}); the public {@code FicheValidator} and
 * {@code RuleCatalog} start it.
 */
package nl.bncfiche.validation.internal;
