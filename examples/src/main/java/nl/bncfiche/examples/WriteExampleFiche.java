package nl.bncfiche.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.VoorbeeldFiches;

/**
 * Writes the project's example fiche ({@code examples/voorbeeld-fiche.txt}): a complete, valid
 * communication fiche of the 2025 template on an invented proposal. A test keeps the file equal to
 * what this writes.
 */
public final class WriteExampleFiche {
  private WriteExampleFiche() {}

  /** The canonical text of the example fiche. */
  public static String text() {
    return TextWriter.create().write(VoorbeeldFiches.mededeling());
  }

  /** Writes the example fiche to the path given (default {@code examples/voorbeeld-fiche.txt}). */
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args.length > 0 ? args[0] : "examples/voorbeeld-fiche.txt");
    Files.writeString(target, text(), StandardCharsets.UTF_8);
  }
}
