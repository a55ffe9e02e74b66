package nl.bncfiche.testing;

import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.KamerstukDocument;
import org.assertj.core.api.AbstractSoftAssertions;

/**
 * Soft assertions on fiches: every failed assertion is collected and reported together by {@link
 * #assertAll()} (or by AssertJ's JUnit extension).
 */
public class FicheSoftAssertions extends AbstractSoftAssertions {
  /** Soft assertions with nothing collected yet. */
  public FicheSoftAssertions() {}

  /** Soft assertions on a document. */
  public FicheAssert assertThat(KamerstukDocument actual) {
    return proxy(FicheAssert.class, KamerstukDocument.class, actual);
  }

  /** Soft assertions on a single fiche, as a document holding only it. */
  public FicheAssert assertThat(Fiche actual) {
    return assertThat(actual == null ? null : KamerstukDocument.of(actual));
  }
}
