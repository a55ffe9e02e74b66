package nl.bncfiche.examples;

import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.rendering.markdown.MarkdownWriter;
import nl.bncfiche.validation.FicheValidator;
import nl.bncfiche.validation.Issue;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.ValidationReport;

/**
 * Builds a draft fiche in code, validates it as a draft and as ready to send, and renders it as
 * Markdown. Run: {@code java nl.bncfiche.examples.BuildAndValidate}.
 */
public final class BuildAndValidate {
  private BuildAndValidate() {}

  /** Runs the example and returns what it printed. */
  public static String run() {
    StringBuilder out = new StringBuilder();
    // tag::embedding[]
    FicheValidator validator = FicheValidator.create(); // build once, share: thread-safe
    Fiche draft =
        Fiche.builder()
            .titel("Verordening over herbruikbare verpakkingen in de binnenvaart")
            .sjabloon(Sjabloon.WETGEVING)
            .generatie(Generatie.G2025)
            .algemeneGegevens(
                AlgemeneGegevens.builder()
                    .datumOntvangst(NederlandseDatum.parsed("9 maart 2026"))
                    .addCommissieDocument(CommissieDocument.parsed("COM(2026) 140 final"))
                    .build())
            .build();
    KamerstukDocument document = KamerstukDocument.of(draft);
    ValidationReport asDraft = validator.validate(document, Profile.CONCEPT);
    ValidationReport toSend = validator.validate(document, Profile.DEFINITIEF);
    for (Issue issue : toSend.issues()) {
      out.append(issue.getSeverity())
          .append(' ')
          .append(issue.getRuleId())
          .append(' ')
          .append(issue.getPointer())
          .append(": ")
          .append(issue.getMessageEn())
          .append('\n');
    }
    String markdown = MarkdownWriter.create().write(document);
    // end::embedding[]
    out.append("as draft: ").append(asDraft.isValid() ? "valid" : "invalid").append('\n');
    out.append("to send: ").append(toSend.isValid() ? "valid" : "invalid").append('\n');
    out.append(markdown.lines().findFirst().orElse("")).append('\n');
    return out.toString();
  }

  /** Prints the example's output. */
  public static void main(String[] args) {
    System.out.print(run());
  }
}
