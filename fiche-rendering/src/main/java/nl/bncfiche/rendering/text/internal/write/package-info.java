/**
 * The canonical text writer, not an API: {@code LetterText} writes the cover letter and {@code
 * FicheText} each fiche (walking its outline) into one {@code LineBuffer}, which checks and ends
 * each line; {@code SeenFields} tells whether a fiche needs the marker line. Which lines to escape
 * is asked of the grammar package.
 */
package nl.bncfiche.rendering.text.internal.write;
