package nl.bncfiche.testing;

import nl.bncfiche.validation.FicheValidator;

/** The validator every assertion shares: built once, thread-safe. */
final class Shared {
  static final FicheValidator VALIDATOR = FicheValidator.create();

  private Shared() {}
}
