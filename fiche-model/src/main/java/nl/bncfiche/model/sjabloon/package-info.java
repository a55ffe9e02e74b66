/**
 * The BNC templates as data: every section and item a fiche can have ({@link
 * nl.bncfiche.model.sjabloon.Veld}), with its JSON path, how the model holds its value and its
 * labels; the layout of each template in each generation ({@link
 * nl.bncfiche.model.sjabloon.Indeling}) with numbers, letters, written labels and what a fiche
 * ready to be sent must fill in; the stance sentence ({@link
 * nl.bncfiche.model.sjabloon.Grondhoudingszin}) and the cover letter's number words ({@link
 * nl.bncfiche.model.sjabloon.Telwoorden}).
 *
 * <p>Readers, writers, rules and generators all read these tables: a new label variant or item is
 * added here and nowhere else. Everything here is immutable and thread-safe.
 */
package nl.bncfiche.model.sjabloon;
