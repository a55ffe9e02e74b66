/**
 * Test support for fiches: AssertJ-style assertions and seeded generators.
 *
 * <p>The API package is open to AssertJ, whose soft assertions proxy our assert classes.
 */
module nl.bncfiche.testing {
  requires transitive nl.bncfiche.validation;
  requires transitive nl.bncfiche.rendering;
  requires transitive org.assertj.core;
  requires org.opentest4j;

  exports nl.bncfiche.testing;

  opens nl.bncfiche.testing to
      org.assertj.core;
}
