package nl.bncfiche.examples;

import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.testing.VoorbeeldFiches;
import nl.bncfiche.validation.FicheValidator;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.Severity;
import nl.bncfiche.validation.ValidationReport;

/**
 * Tunes rules by their id: raises the timing warning to an error, switches off the vocabulary check
 * of Council formations. Never by message text: messages may be reworded, ids never change.
 */
public final class TuneSeverity {
  private TuneSeverity() {}

  /** Runs the example and returns what it printed. */
  public static String run() {
    // tag::tuning[]
    FicheValidator strict =
        FicheValidator.builder()
            .severity("BNC-T-001", Severity.ERROR) // a late fiche must not be sent
            .disable("BNC-P-005") // our Council formations are checked elsewhere
            .build();
    // end::tuning[]
    KamerstukDocument document = VoorbeeldFiches.mededeling();
    ValidationReport report = strict.validate(document, Profile.DEFINITIEF);
    return "issues: " + report.issues().size() + ", valid: " + report.isValid() + "\n";
  }

  /** Prints the example's output. */
  public static void main(String[] args) {
    System.out.print(run());
  }
}
