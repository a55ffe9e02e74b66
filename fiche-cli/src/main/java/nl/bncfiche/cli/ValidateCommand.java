package nl.bncfiche.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
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
    return run(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /**
   * {@code fiche validate FILE...} with every option at its default, for arguments that
   * {@link #isPlain} accepts: what picocli would run for them, without picocli's start-up (its
   * classes are too old a class-file version for the class-data archive, and building the command
   * model by reflection was about half of a one-file run).
   */
  static ValidateCommand plain(String[] args) {
    ValidateCommand c = new ValidateCommand();
    c.inputs.addAll(Arrays.asList(args).subList(1, args.length));
    return c;
  }

  /**
   * Whether {@code args} are "validate" and one or more inputs that picocli takes as plain file or
   * directory names: not empty, no option or "-" (starts with "-"), no argument file (starts with
   * "@"). Anything else goes through picocli.
   */
  static boolean isPlain(String[] args) {
    if (args.length < 2 || !args[0].equals("validate")) {
      return false;
    }
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.isEmpty() || a.charAt(0) == '-' || a.charAt(0) == '@') {
        return false;
      }
    }
    return true;
  }

  /** Validates the inputs, reporting to {@code out} and {@code err}; returns the exit code. */
  int run(PrintWriter out, PrintWriter err) {
    List<Input> expanded;
    try {
      expanded = Input.expand(inputs, from);
    } catch (InputException e) {
      err.println("fiche: " + e.line(lang.dutch()));
      return FicheCli.UNUSABLE;
    }
    FicheValidator validator = FicheValidator.create();
    TextReader reader = TextReader.create();
    // built on the first JSON input only: a text-only run then loads no Jackson at all
    Supplier<FicheJson> json = new Supplier<>() {
      private FicheJson created;

      @Override
      public FicheJson get() {
        if (created == null) {
          created = FicheJson.create();
        }
        return created;
      }
    };
    Progress progress = Progress.forStandardError(err, expanded.size());
    // Only what the JSON output needs is kept per file, never the document or its source map:
    // a batch of thousands of files runs in a small, flat heap.
    List<FileResult> results = new ArrayList<>();
    int checked = 0;
    int exit = FicheCli.OK;
    int errors = 0;
    int warnings = 0;
    int unusable = 0;
    for (Input input : expanded) {
      progress.next(input.name());
      try {
        Loaded loaded = Loaded.load(input, Streams.in(), maxSize, reader, json);
        ValidationReport report = validator.validate(loaded.document(), profile);
        checked++;
        if (format == Format.JSON) {
          results.add(FileResult.of(loaded, report, lang.dutch()));
        }
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
      out.println(summary(checked, unusable, errors, warnings));
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
        g.writeStringField("file", r.file);
        g.writeBooleanField("valid", r.valid);
        g.writeArrayFieldStart("issues");
        for (IssueResult issue : r.issues) {
          g.writeStartObject();
          g.writeStringField("rule", issue.rule);
          g.writeStringField("severity", issue.severity);
          g.writeStringField("path", issue.path);
          if (issue.position != null) {
            g.writeNumberField("line", issue.position[0]);
            g.writeNumberField("column", issue.position[1]);
          }
          g.writeStringField("message", issue.message);
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  /** What the JSON output shows of one file. */
  private static final class FileResult {
    final String file;
    final boolean valid;
    final List<IssueResult> issues;

    private FileResult(String file, boolean valid, List<IssueResult> issues) {
      this.file = file;
      this.valid = valid;
      this.issues = issues;
    }

    static FileResult of(Loaded loaded, ValidationReport report, boolean dutch) {
      List<IssueResult> issues = new ArrayList<>();
      for (Issue issue : report.issues()) {
        issues.add(new IssueResult(
            issue.getRuleId(),
            issue.getSeverity().name(),
            issue.getPointer(),
            loaded.positionOf(issue.getPointer()).orElse(null),
            dutch ? issue.getMessageNl() : issue.getMessageEn()));
      }
      return new FileResult(loaded.input().name(), report.isValid(), issues);
    }
  }

  /** One issue as the JSON output shows it, its position resolved while the source map was alive. */
  private static final class IssueResult {
    final String rule;
    final String severity;
    final String path;
    final int[] position;
    final String message;

    IssueResult(String rule, String severity, String path, int[] position, String message) {
      this.rule = rule;
      this.severity = severity;
      this.path = path;
      this.position = position;
      this.message = message;
    }
  }
}
