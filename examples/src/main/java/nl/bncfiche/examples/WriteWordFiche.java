package nl.bncfiche.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.bncfiche.docx.DocxReader;
import nl.bncfiche.docx.DocxWriter;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.rendering.text.ReadResult;
import nl.bncfiche.validation.FicheValidator;
import nl.bncfiche.validation.Issue;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.ValidationReport;

/**
 * Builds a fiche in code and writes it as a Word document in the template's layout, then reads the
 * .docx back and names the paragraph of each issue, as a ministry's tool would.
 */
public final class WriteWordFiche {
  private WriteWordFiche() {}

  /** Runs the example, writing {@code file}, and returns what it printed. */
  public static String run(Path file) throws IOException {
    StringBuilder out = new StringBuilder();
    // tag::word[]
    Fiche fiche =
        Fiche.builder()
            .titel("Richtlijn over veilige laadpalen in zeehavens")
            .sjabloon(Sjabloon.WETGEVING)
            .generatie(Generatie.G2025)
            .algemeneGegevens(
                AlgemeneGegevens.builder()
                    .datumOntvangst(NederlandseDatum.parsed("14 april 2026"))
                    .addCommissieDocument(CommissieDocument.parsed("COM(2026) 211 final"))
                    .build())
            .build();
    try (OutputStream docx = Files.newOutputStream(file)) {
      // Word headings, numbering and footnotes; the same document gives the same bytes
      DocxWriter.create().write(KamerstukDocument.of(fiche), docx);
    }
    ReadResult read = DocxReader.create().read(file); // the same model back
    ValidationReport report =
        FicheValidator.create().validate(read.getDocument(), Profile.DEFINITIEF);
    for (Issue issue : report.issues()) {
      read.getSourceMap()
          .positionOf(issue.getPointer())
          .ifPresent(at -> out.append(at.describeNl()).append(": ")); // "alinea 7"
      out.append(issue.getRuleId()).append(' ').append(issue.getMessageNl()).append('\n');
    }
    // end::word[]
    return out.toString();
  }

  /** Writes {@code fiche.docx} (or the file named) and prints the example's output. */
  public static void main(String[] args) throws IOException {
    System.out.print(run(Path.of(args.length > 0 ? args[0] : "fiche.docx")));
  }
}
