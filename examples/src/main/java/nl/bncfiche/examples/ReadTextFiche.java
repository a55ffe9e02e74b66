package nl.bncfiche.examples;

import java.io.IOException;
import java.nio.file.Path;
import nl.bncfiche.rendering.text.FicheReadException;
import nl.bncfiche.rendering.text.ReadResult;
import nl.bncfiche.rendering.text.SourcePosition;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.validation.FicheValidator;
import nl.bncfiche.validation.Issue;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.ValidationReport;

/**
 * Reads a fiche from text (canonical, a Word export or an official publication) and prints its
 * issues with the line they point at. Run: {@code java nl.bncfiche.examples.ReadTextFiche FILE}.
 */
public final class ReadTextFiche {
  private ReadTextFiche() {}

  /** Runs the example on {@code file} and returns what it printed. */
  public static String run(Path file) throws IOException {
    StringBuilder out = new StringBuilder();
    // tag::reading[]
    try {
      ReadResult read = TextReader.create().read(file);
      ValidationReport report =
          FicheValidator.create().validate(read.getDocument(), Profile.DEFINITIEF);
      for (Issue issue : report.issues()) {
        int line =
            read.getSourceMap()
                .positionOf(issue.getPointer())
                .map(SourcePosition::getLine)
                .orElse(0);
        out.append(file)
            .append(':')
            .append(line)
            .append(": ")
            .append(issue.getRuleId())
            .append(' ')
            .append(issue.getMessageNl())
            .append('\n');
      }
      out.append(report.isValid() ? "geldig" : "ongeldig").append('\n');
    } catch (FicheReadException e) { // not a fiche, not UTF-8, too large
      out.append(file)
          .append(':')
          .append(e.getLine())
          .append(": ")
          .append(e.getMessageNl())
          .append('\n');
    }
    // end::reading[]
    return out.toString();
  }

  /** Prints the issues of the file named by the first argument. */
  public static void main(String[] args) throws IOException {
    System.out.print(run(Path.of(args.length > 0 ? args[0] : "examples/voorbeeld-fiche.txt")));
  }
}
