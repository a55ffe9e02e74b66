package nl.bncfiche.benchmarks;

import java.util.Locale;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.testing.VoorbeeldFiches;
import nl.bncfiche.validation.FicheValidator;
import nl.bncfiche.validation.Profile;

/**
 * Run in a new JVM: prints the milliseconds of the first {@code FicheValidator.create()} plus first
 * validation, and of the second validation, as "first second" on one line.
 */
public final class FirstValidation {
  private FirstValidation() {}

  /** Measures once and prints the two figures. */
  public static void main(String[] args) {
    java.util.logging.Logger.getLogger("org.hibernate.validator")
        .setLevel(java.util.logging.Level.WARNING);
    KamerstukDocument doc = VoorbeeldFiches.wetgeving();
    long t0 = System.nanoTime();
    FicheValidator validator = FicheValidator.create();
    boolean valid = validator.validate(doc, Profile.DEFINITIEF).isValid();
    long t1 = System.nanoTime();
    valid &= validator.validate(doc, Profile.DEFINITIEF).isValid();
    long t2 = System.nanoTime();
    System.out.println(
        String.format(Locale.ROOT, "%.3f %.3f %s", (t1 - t0) / 1e6, (t2 - t1) / 1e6, valid));
  }
}
