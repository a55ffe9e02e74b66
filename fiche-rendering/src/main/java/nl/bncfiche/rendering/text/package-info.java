/**
 * Canonical text of BNC-fiches: {@link nl.bncfiche.rendering.text.TextWriter} writes a document in
 * one deterministic layout (that of a fiche exported from Word); {@link
 * nl.bncfiche.rendering.text.TextReader} reads that layout and the renderings of real published
 * fiches back into the model, with a {@link nl.bncfiche.rendering.text.SourceMap} from JSON
 * pointers to line and column.
 *
 * <p>The canonical layout, in short:
 *
 * <pre>
 * 22 112 Nieuwe Commissievoorstellen …        header lines (if the document has a header)
 * Nr. 5001 BRIEF VAN …
 * Aan de Voorzitter …
 * Den Haag, 10 april 2026
 *
 * Overeenkomstig … ontvangt u hierbij twee fiches …   announcement
 *
 * A further sentence.
 *
 * Fiche - Titel.                                one line per listed fiche
 * Fiche - MFK – Titel (Kamerstuk 22 112, nr. 5002).
 *
 * De Minister van Buitenlandse Zaken,           signature: role, name
 * A.B. de Vries
 *
 * Fiche: Titel
 * [fiche: sjabloon=… generatie=… soort=…]       only when the headings do not show these values
 *
 * 1. Algemene gegevens
 *
 * a) Titel voorstel                             label on its own line, values below
 * Proposal for a Regulation …
 *
 * 2. Essentie voorstel
 *
 * Paragraph with a reference.[footnoteRef:1]
 * [1:  Footnote body, right after the paragraph that first refers to it. ]
 *
 * • a list item
 *
 * ## A sub-heading
 * </pre>
 *
 * <p>In the 2007 generation items have no letters: {@code Label: value}, or {@code Label:} above
 * longer content. A free line that would read as structure starts with a backslash. The format is
 * specified in {@code docs/text-format.md} of the project's repository.
 */
package nl.bncfiche.rendering.text;
