/**
 * The line grammar of the canonical text, shared by the reader and the writer, not an API: the
 * tokens ({@code Syntax}), a line's prefix ({@code LinePrefix}), labels and headings in all their
 * variants ({@code LabelMatcher}, indexed by {@code LabelVariants} and {@code LabelTrie}), what a
 * line is without context ({@code LineClassifier}), which lines the writer escapes ({@code
 * Escaping}), the marker line ({@code MarkerLine}), and what a fiche's text shows of its template,
 * generation and kind ({@code LayoutEvidence}). It depends on neither the reader nor the writer.
 */
package nl.bncfiche.rendering.text.internal.grammar;
