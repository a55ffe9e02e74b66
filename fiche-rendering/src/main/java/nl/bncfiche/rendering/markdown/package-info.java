/**
 * CommonMark output: {@link nl.bncfiche.rendering.markdown.MarkdownWriter} writes a document with
 * the same numbering, labels and stance sentences as the canonical text, every piece of user text
 * escaped where it is written.
 */
package nl.bncfiche.rendering.markdown;
