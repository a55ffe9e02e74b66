package nl.bncfiche.cli.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.bncfiche.cli.FicheCli;

/**
 * The run that trains the launcher's ahead-of-time cache on JDK 25 and later (JEP 483, 514, 515):
 * the command line's usual work, in the one JVM whose classes and method profiles the cache keeps.
 * It renders the example fiche into every format, validates the text, its JSON and its .docx, and
 * validates the example often enough that the validator's and reader's methods have profiles. The
 * JVM must be started with the class path a user's run has (the command line's jar alone), or the
 * cache would not be used.
 *
 * <p>Usage: {@code Training EXAMPLE_FICHE SCRATCH_FOLDER}; writes only into SCRATCH_FOLDER. Exit
 * code 0 when every command gave the code expected of it, else 1: a cache trained on a failing run
 * would miss the classes of the work it was meant for.
 */
public final class Training {
  /** Validations of the example in the profiling command: enough calls for C2's thresholds. */
  private static final int COPIES = 200;

  private Training() {}

  /** Runs the training; see the class comment. */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: Training EXAMPLE_FICHE SCRATCH_FOLDER");
      System.exit(2);
    }
    System.exit(run(Path.of(args[0]), Path.of(args[1])) ? 0 : 1);
  }

  /** Runs every command of the training; whether each ended as expected. */
  static boolean run(Path example, Path scratch) {
    String fiche = example.toString();
    String json = scratch.resolve("training.json").toString();
    String docx = scratch.resolve("training.docx").toString();
    boolean ok = true;
    ok &= command("render", "--to", "json", "-o", json, fiche);
    ok &= command("render", "--to", "docx", "-o", docx, fiche);
    for (String to : List.of("text", "markdown", "html")) {
      ok &= command("render", "--to", to, fiche);
    }
    ok &= command("validate", fiche, json, docx);
    ok &= command("validate", "--format", "json", fiche, json);
    List<String> many = new ArrayList<>(List.of("validate"));
    for (int i = 0; i < COPIES; i++) {
      many.add(fiche);
    }
    ok &= command(many.toArray(new String[0]));
    ok &= command("rules");
    return ok;
  }

  /** One command of the command line, its output discarded; whether it gave exit code 0. */
  private static boolean command(String... args) {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(sink, false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new ByteArrayOutputStream(), false, StandardCharsets.UTF_8);
    return FicheCli.run(args, new ByteArrayInputStream(new byte[0]), out, err) == FicheCli.OK;
  }
}
