/**
 * HTML5 output: {@link nl.bncfiche.rendering.html.HtmlWriter} writes a document as a complete page
 * or as a fragment to embed, with the same numbering, labels and stance sentences as the canonical
 * text, every piece of user text escaped where it is written.
 */
package nl.bncfiche.rendering.html;
