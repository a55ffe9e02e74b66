/**
 * The canonical text reader, not an API. Data flows one way: {@code Input} turns the text into
 * cleaned {@code Line}s; {@code DocumentReader} finds where the header ({@code HeaderReader}), the
 * cover letter ({@code LetterReader}) and each fiche begin; per fiche {@code SectionScanner} sorts
 * the lines into sections, items, paragraphs and footnote bodies, and {@code FicheBuilder} (with
 * {@code AlgemeneGegevensBuilder} for section 1) turns those into the model. Positions and warnings
 * go to a {@code ReadReport}. What a line means is asked of the grammar package.
 */
package nl.bncfiche.rendering.text.internal.read;
