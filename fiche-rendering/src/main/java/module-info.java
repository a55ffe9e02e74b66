/**
 * Renderings of BNC-fiches: canonical text out and in, Markdown and HTML out.
 *
 * <p>The three format packages are API; everything under {@code internal} is not exported.
 */
module nl.bncfiche.rendering {
  requires transitive nl.bncfiche.model;

  exports nl.bncfiche.rendering.text;
  exports nl.bncfiche.rendering.markdown;
  exports nl.bncfiche.rendering.html;
}
