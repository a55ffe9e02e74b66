package nl.bncfiche.docx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * LibreOffice, headless, converting many files in one call: a profile of its own under the test's
 * folder (never the user's), a timeout, and every output checked to exist (its exit code proves
 * nothing). Tests skip, saying why, where it is absent.
 */
final class LibreOffice {
  private static final long TIMEOUT_SECONDS = 300;

  private LibreOffice() {}

  static void assume() {
    ExternalProgram.assume("soffice", "--no-install-recommends libreoffice-writer-nogui");
  }

  /**
   * Converts {@code inputs} to {@code target} (a LibreOffice filter, "pdf" or "docx:MS Word 2007
   * XML") into {@code dir/out-<extension>}, and returns the outputs in the order of the inputs.
   */
  static List<Path> convert(Path dir, String target, List<Path> inputs)
      throws IOException, InterruptedException {
    String extension = target.contains(":") ? target.substring(0, target.indexOf(':')) : target;
    Path out = Files.createDirectories(dir.resolve("out-" + extension));
    Path profile = dir.resolve("lo-profile-" + extension);
    List<String> command = new ArrayList<>();
    command.add("soffice");
    command.add("-env:UserInstallation=" + profile.toUri());
    command.add("--headless");
    command.add("--norestore");
    command.add("--nologo");
    command.add("--convert-to");
    command.add(target);
    command.add("--outdir");
    command.add(out.toString());
    for (Path p : inputs) {
      command.add(p.toString());
    }
    ExternalProgram.run(dir, TIMEOUT_SECONDS, command);
    List<Path> outputs = new ArrayList<>();
    for (Path p : inputs) {
      String name = p.getFileName().toString();
      Path o = out.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
      if (!Files.isRegularFile(o) || Files.size(o) == 0) {
        throw new IOException("LibreOffice wrote no " + o + " (from " + name + ")");
      }
      outputs.add(o);
    }
    return outputs;
  }

  /** The text of {@code pdf} as poppler's pdftotext gives it. */
  static String pdfText(Path dir, Path pdf) throws IOException, InterruptedException {
    String name = pdf.getFileName().toString().toLowerCase(Locale.ROOT).replace(".pdf", ".txt");
    Path txt = dir.resolve(name);
    ExternalProgram.run(
        dir, 60, List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), txt.toString()));
    return Files.readString(txt);
  }
}
