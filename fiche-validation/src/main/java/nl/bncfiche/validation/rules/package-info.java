/**
 * The rules, one class per family; each class names its rule ids as constants.
 *
 * <p>Users refer to rules by these ids (or the strings they hold) to tune severities; the checks
 * themselves are run by {@link nl.bncfiche.validation.FicheValidator}. The {@code rules()} methods are
 * for the validator and the catalogue, not for users.
 */
package nl.bncfiche.validation.rules;
