package nl.bncfiche.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.bncfiche.cli.internal.Input;
import nl.bncfiche.cli.internal.JsonOutput;
import nl.bncfiche.cli.internal.InputException;
import nl.bncfiche.cli.internal.Loaded;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.validation.FicheValidator;
import nl.bncfiche.validation.Issue;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.Severity;
import nl.bncfiche.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fiche validate}: reports every issue of every input, one per line or as JSON. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validate fiches in text (.txt) or JSON (.json); a directory means every such file below it.",
      "Text output: file:line:column: SEVERITY rule-id path message, then a summary."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no ERROR issue", "1:at least one ERROR issue", "2:unusable input or usage"})
final class ValidateCommand implements Callable<Integer> {
  enum Format {
    TEXT,
    JSON
  }

  @Spec CommandSpec spec;

  @Option(names = "--profile", paramLabel = "concept|definitief", description = "Rules to apply (default: ${DEFAULT-VALUE}).")
  Profile profile = Profile.DEFINITIEF;

  @Option(names = "--lang", paramLabel = "nl|en", description = "Language of messages (default: ${DEFAULT-VALUE}).")
  Lang lang = Lang.NL;

  @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
  Format format = Format.TEXT;

  @Option(names = "--from", paramLabel = "text|json", description = "Read every input as this format instead of by extension.")
  Input.Format from;

  @Option(names = "--max-size", paramLabel = "BYTES", description = "Refuse inputs larger than this (default: ${DEFAULT-VALUE}).")
  long maxSize = Limits.DEFAULT_MAX_BYTES;

  @Option(names = "--debug", description = "Show stack traces of unusable inputs.")
  boolean debug;

  @Parameters(paramLabel = "FILE|DIR|-", arity = "1..*", description = "Inputs; - reads standard input.")
  List<String> inputs = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Input> expanded;
    try {
      expanded = Input.expand(inputs, from);
    } catch (InputException e) {
      err.println("fiche: " + e.line(lang.dutch()));
      return FicheCli.UNUSABLE;
    }
    FicheValidator validator = FicheValidator.create();
    TextReader reader = TextReader.create();
    FicheJson json = FicheJson.create();
    Progress progress = Progress.forStandardError(err, expanded.size());
    List<FileResult> results = new ArrayList<>();
    int exit = FicheCli.OK;
    int errors = 0;
    int warnings = 0;
    int unusable = 0;
    for (Input input : expanded) {
      progress.next(input.name());
      try {
        Loaded loaded = Loaded.load(input, Streams.in(), maxSize, reader, json);
        ValidationReport report = validator.validate(loaded.document(), profile);
        results.add(new FileResult(loaded, report));
        errors += report.issues(Severity.ERROR).size();
        warnings += report.issues(Severity.WARNING).size();
        if (!report.isValid()) {
          exit = Math.max(exit, FicheCli.INVALID);
        }
        if (format == Format.TEXT) {
          for (Issue issue : report.issues()) {
            out.println(textLine(loaded, issue));
          }
        }
      } catch (InputException e) {
        progress.clear();
        err.println("fiche: " + e.line(lang.dutch()));
        if (debug && e.getCause() != null) {
          e.getCause().printStackTrace(err);
        }
        unusable++;
        exit = FicheCli.UNUSABLE;
      }
    }
    progress.clear();
    if (format == Format.TEXT) {
      out.println(summary(results.size(), unusable, errors, warnings));
    } else {
      out.print(jsonReport(results));
    }
    out.flush();
    return exit;
  }

  private String textLine(Loaded loaded, Issue issue) {
    StringBuilder sb = new StringBuilder(loaded.input().name());
    Optional<int[]> pos = loaded.positionOf(issue.getPointer());
    pos.ifPresent(p -> sb.append(':').append(p[0]).append(':').append(p[1]));
    sb.append(": ").append(issue.getSeverity()).append(' ').append(issue.getRuleId()).append(' ');
    sb.append(issue.getPointer().isEmpty() ? "/" : issue.getPointer()).append(' ');
    sb.append(lang.dutch() ? issue.getMessageNl() : issue.getMessageEn());
    return Text.oneLine(sb.toString());
  }

  private String summary(int files, int unusable, int errors, int warnings) {
    if (lang.dutch()) {
      return files + (files == 1 ? " bestand" : " bestanden") + " gecontroleerd"
          + (unusable > 0 ? ", " + unusable + " onbruikbaar" : "")
          + ": " + errors + (errors == 1 ? " fout" : " fouten")
          + ", " + warnings + (warnings == 1 ? " waarschuwing" : " waarschuwingen") + ".";
    }
    return files + (files == 1 ? " file" : " files") + " checked"
        + (unusable > 0 ? ", " + unusable + " unusable" : "")
        + ": " + errors + (errors == 1 ? " error" : " errors")
        + ", " + warnings + (warnings == 1 ? " warning" : " warnings") + ".";
  }

  private String jsonReport(List<FileResult> results) {
    return JsonOutput.write(g -> {
      g.writeStartObject();
      g.writeArrayFieldStart("files");
      for (FileResult r : results) {
        g.writeStartObject();
        g.writeStringField("file", r.loaded.input().name());
        g.writeBooleanField("valid", r.report.isValid());
        g.writeArrayFieldStart("issues");
        for (Issue issue : r.report.issues()) {
          g.writeStartObject();
          g.writeStringField("rule", issue.getRuleId());
          g.writeStringField("severity", issue.getSeverity().name());
          g.writeStringField("path", issue.getPointer());
          Optional<int[]> pos = r.loaded.positionOf(issue.getPointer());
          if (pos.isPresent()) {
            g.writeNumberField("line", pos.get()[0]);
            g.writeNumberField("column", pos.get()[1]);
          }
          g.writeStringField("message", lang.dutch() ? issue.getMessageNl() : issue.getMessageEn());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  private static final class FileResult {
    final Loaded loaded;
    final ValidationReport report;

    FileResult(Loaded loaded, ValidationReport report) {
      this.loaded = loaded;
      this.report = report;
    }
  }
}
