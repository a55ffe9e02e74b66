package nl.bncfiche.testing;

import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.KamerstukDocument;

/**
 * Entry point of the assertions, in AssertJ style: {@code assertThat(fiche).isValid()}. Works under
 * JUnit 5 and 6 and any runner that understands opentest4j failures.
 */
public final class FicheAssertions {
  private FicheAssertions() {}

  /** Assertions on a document. */
  public static FicheAssert assertThat(KamerstukDocument actual) {
    return new FicheAssert(actual);
  }

  /**
   * Assertions on a single fiche, as a document holding only it: paths start with {@code
   * /fiches/0}, and the rules on a cover letter do not apply.
   */
  public static FicheAssert assertThat(Fiche actual) {
    return new FicheAssert(actual == null ? null : KamerstukDocument.of(actual));
  }
}
