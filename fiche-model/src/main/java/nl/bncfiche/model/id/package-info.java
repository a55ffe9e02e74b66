/**
 * Identifiers of the fiche's world as small value types: Commission documents (COM, JOIN, SWD, SEC,
 * C), CELEX numbers, interinstitutional procedure numbers, Kamerstuk references and Dutch dates.
 *
 * <p>Each type has a lenient {@code parse} that accepts every form seen in published fiches, a
 * strict {@code of} that accepts only the canonical form, a canonical {@code toString()} and
 * equality by value. Bad text raises an {@link nl.bncfiche.model.id.IdentifierParseException} with
 * the character position and what was expected. A model field holding an identifier is a {@link
 * nl.bncfiche.model.id.Parsed}: the value, or the text as written when it does not parse.
 */
package nl.bncfiche.model.id;
