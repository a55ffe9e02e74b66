/**
 * The rules, one class per family, each naming its rule ids as constants, and {@link
 * nl.bncfiche.validation.internal.rules.AllRules}, which puts them in catalogue order.
 *
 * <p>Not an API: users name rules by their id strings (the catalogue, {@code RuleCatalog}). The
 * rules build on the engine and helpers of {@code nl.bncfiche.validation.internal}, which know no
 * rule: the dependency points from here to there only.
 */
package nl.bncfiche.validation.internal.rules;
