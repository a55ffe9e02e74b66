package nl.bncfiche.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import nl.bncfiche.cli.internal.Input;
import nl.bncfiche.cli.internal.InputException;
import nl.bncfiche.cli.internal.Loaded;
import nl.bncfiche.cli.internal.TextOut;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.server.report.Checked;
import nl.bncfiche.server.report.JsonReport;
import nl.bncfiche.validation.FicheValidator;
import nl.bncfiche.validation.Issue;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.Severity;
import nl.bncfiche.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fiche validate}: reports every issue of every input, one per line or as JSON. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Controleer fiches in tekst (.txt), JSON (.json) of Word (.docx); een map: elk zulk"
          + " bestand eronder.",
      "Tekstuitvoer: bestand:regel:kolom: ERNST regel-id pad melding, dan een samenvatting."
    },
    exitCodeListHeading = "%nAfsluitcodes:%n",
    exitCodeList = {
      "0:geen ERROR",
      "1:ten minste één ERROR",
      "2:onbruikbare invoer, verkeerd gebruik of uitvoer die niet te schrijven is"
    })
final class ValidateCommand implements Callable<Integer> {
  enum Format {
    TEXT,
    JSON
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--profile",
      paramLabel = "concept|definitief",
      descriptionKey = "validate.profile",
      description = "Regels die gelden (standaard: ${DEFAULT-VALUE}).")
  Profile profile = Profile.DEFINITIEF;

  @Option(
      names = "--lang",
      paramLabel = "nl|en",
      descriptionKey = "validate.lang",
      description = "Taal van de meldingen (standaard: ${DEFAULT-VALUE}).")
  Lang lang = Lang.NL;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      descriptionKey = "validate.format",
      description = "Uitvoerformaat (standaard: ${DEFAULT-VALUE}).")
  Format format = Format.TEXT;

  @Option(
      names = "--from",
      paramLabel = "text|json|docx",
      descriptionKey = "validate.from",
      description = "Lees elke invoer in dit formaat, niet naar de extensie.")
  Input.Format from;

  @Option(
      names = "--max-size",
      paramLabel = "BYTES",
      descriptionKey = "validate.max-size",
      description = "Weiger invoer die groter is (standaard: ${DEFAULT-VALUE}).")
  long maxSize = Limits.DEFAULT_MAX_BYTES;

  @Option(
      names = "--debug",
      descriptionKey = "validate.debug",
      description = "Toon de stacktrace van onbruikbare invoer.")
  boolean debug;

  @Option(
      names = "--threads",
      paramLabel = "N",
      descriptionKey = "validate.threads",
      description =
          "Invoer die tegelijk wordt gecontroleerd; de uitvoer blijft in de volgorde van de"
              + " invoer (standaard: het aantal processoren, hoogstens 8).")
  int threads = defaultThreads();

  /** The processors this JVM may use, at most 8: more threads would only wait for the disk. */
  static int defaultThreads() {
    return Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
  }

  @Option(
      names = "--today",
      paramLabel = "yyyy-mm-dd",
      descriptionKey = "validate.today",
      description =
          "Controleer per deze dag in plaats van vandaag: voor een uitkomst die elke dag dezelfde"
              + " is, of om een fiche te controleren zoals die toen stond.")
  LocalDate today;

  @Mixin TimingOptions timing = new TimingOptions();

  /**
   * Where the command reads and writes, and its clock for "today" when {@code --today} is absent.
   */
  private final Streams streams;

  ValidateCommand(Streams streams) {
    this.streams = streams;
  }

  @Parameters(
      paramLabel = "FILE|DIR|-",
      arity = "1..*",
      descriptionKey = "validate.inputs",
      description = "Invoer; - leest standaardinvoer.")
  List<String> inputs = new ArrayList<>();

  @Override
  public Integer call() {
    return run();
  }

  /**
   * {@code fiche validate FILE...} with every option at its default, for arguments that {@link
   * #isPlain} accepts: what picocli would run for them, without picocli's start-up (its classes are
   * too old a class-file version for the class-data archive, and building the command model by
   * reflection was about half of a one-file run).
   */
  static ValidateCommand plain(String[] args, Streams streams) {
    ValidateCommand c = new ValidateCommand(streams);
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

  /** Validates the inputs, reporting to the streams' output and error; returns the exit code. */
  int run() {
    TextOut out = streams.out();
    TextOut err = streams.err();
    if (threads < 1) {
      err.line(
          lang.dutch()
              ? "fiche: --threads moet ten minste 1 zijn, niet " + threads + "."
              : "fiche: --threads must be at least 1, not " + threads + ".");
      return FicheCli.UNUSABLE;
    }
    if (!Limits.maxSizeUsable(maxSize, lang, err)) {
      return FicheCli.UNUSABLE;
    }
    String timingProblem = timing.problem(lang.dutch());
    if (timingProblem != null) {
      err.line("fiche: " + timingProblem + ".");
      return FicheCli.UNUSABLE;
    }
    List<Input> expanded = Input.expand(inputs, from);
    Checker checker = new Checker();
    Progress progress = Progress.forStandardError(err, expanded.size());
    // Only what the output needs is kept per file, never the document or its source map: a batch
    // of thousands of files runs in a small, flat heap.
    Totals totals = new Totals();
    int parallel = Math.min(threads, expanded.size());
    if (parallel <= 1 || expanded.stream().anyMatch(i -> i.name().equals(Input.STDIN))) {
      for (Input input : expanded) {
        progress.next(input.name());
        totals.add(checker.check(input), out, err, progress);
      }
    } else {
      checkInParallel(expanded, parallel, checker, totals, out, err, progress);
    }
    progress.clear();
    if (format == Format.TEXT) {
      out.line(summary(totals.checked, totals.unusable, totals.errors, totals.warnings));
    } else {
      out.text(JsonReport.write(totals.results, totals.unusableInputs));
    }
    out.flush();
    return totals.exit;
  }

  /**
   * Checks the inputs on {@code parallel} threads and reports each outcome in input order, as the
   * sequential loop does: at most a few outcomes per thread wait to be reported, so the heap stays
   * flat however many inputs there are.
   */
  private void checkInParallel(
      List<Input> inputs,
      int parallel,
      Checker checker,
      Totals totals,
      TextOut out,
      TextOut err,
      Progress progress) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            parallel,
            r -> {
              Thread t = new Thread(r, "fiche-validate");
              t.setDaemon(true);
              return t;
            });
    try {
      ArrayDeque<Future<Outcome>> pending = new ArrayDeque<>();
      int submitted = 0;
      for (Input input : inputs) {
        while (submitted < inputs.size() && pending.size() < 4 * parallel) {
          Input next = inputs.get(submitted++);
          pending.add(pool.submit(() -> checker.check(next)));
        }
        progress.next(input.name());
        totals.add(result(pending.poll()), out, err, progress);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The outcome of a check, or the check's own failure rethrown as it would be without threads. */
  private static Outcome result(Future<Outcome> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /**
   * The validator with {@code --today} (else the given clock, else the system clock for today) and
   * the timing options.
   */
  private FicheValidator validator() {
    Clock clock = streams.clock();
    if (today != null) {
      // Noon UTC falls on the same calendar day in the Netherlands, whose date the rules use.
      clock = Clock.fixed(today.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }
    if (clock == null && !timing.any()) {
      return FicheValidator.create();
    }
    FicheValidator.Builder builder = FicheValidator.builder();
    if (clock != null) {
      builder.clock(clock);
    }
    return timing.applyTo(builder).build();
  }

  /** Loads and validates one input; thread-safe, so that inputs may be checked side by side. */
  private final class Checker {
    private final FicheValidator validator = validator();
    private final TextReader reader = TextReader.create();
    // built on the first JSON input only: a text-only run then loads no Jackson at all
    private final Supplier<FicheJson> json =
        new Supplier<>() {
          private FicheJson created;

          @Override
          public synchronized FicheJson get() {
            if (created == null) {
              created = FicheJson.create();
            }
            return created;
          }
        };

    Outcome check(Input input) {
      Outcome o = new Outcome();
      o.name = input.name();
      try {
        Loaded loaded = Loaded.load(input, streams.in(), maxSize, reader, json);
        Checked checked = Checked.of(loaded.content(), validator, profile);
        ValidationReport report = checked.report();
        o.errors = report.issues(Severity.ERROR).size();
        o.warnings = report.issues(Severity.WARNING).size();
        o.valid = report.isValid();
        if (format == Format.JSON) {
          o.result = JsonReport.FileResult.of(input.name(), checked, lang.dutch());
        } else {
          for (Issue issue : report.issues()) {
            o.lines.add(textLine(input, checked, issue));
          }
        }
      } catch (InputException e) {
        o.unusable = e;
      }
      return o;
    }
  }

  /** What checking one input gave: its output, counts and verdict, or why it could not be used. */
  private static final class Outcome {
    final List<String> lines = new ArrayList<>();
    JsonReport.FileResult result;
    int errors;
    int warnings;
    boolean valid;
    InputException unusable;
    String name;
  }

  /** The run's counts and exit code, and the JSON output's results, added to in input order. */
  private final class Totals {
    final List<JsonReport.FileResult> results = new ArrayList<>();
    final List<JsonReport.UnusableInput> unusableInputs = new ArrayList<>();
    int checked;
    int unusable;
    int errors;
    int warnings;
    int exit = FicheCli.OK;

    void add(Outcome o, TextOut out, TextOut err, Progress progress) {
      if (o.unusable != null) {
        progress.clear();
        err.line("fiche: " + o.unusable.line(lang.dutch()));
        if (debug && o.unusable.getCause() != null) {
          err.stackTrace(o.unusable.getCause());
        }
        unusable++;
        unusableInputs.add(new JsonReport.UnusableInput(o.name, o.unusable.line(lang.dutch())));
        exit = FicheCli.UNUSABLE;
        return;
      }
      checked++;
      errors += o.errors;
      warnings += o.warnings;
      if (!o.valid) {
        exit = Math.max(exit, FicheCli.INVALID);
      }
      if (o.result != null) {
        results.add(o.result);
      }
      for (String line : o.lines) {
        out.line(line);
      }
    }
  }

  private String textLine(Input input, Checked checked, Issue issue) {
    StringBuilder sb = new StringBuilder(input.name());
    checked
        .positionOf(issue)
        .ifPresent(
            p -> {
              if (p.isParagraph()) {
                // a Word document: "alinea 57", "voetnoot 3 (alinea 57)"
                sb.append(':').append(lang.dutch() ? p.describeNl() : p.toString());
              } else {
                sb.append(':').append(p.getLine()).append(':').append(p.getColumn());
              }
            });
    sb.append(": ").append(issue.getSeverity()).append(' ').append(issue.getRuleId()).append(' ');
    sb.append(issue.getPointer().isEmpty() ? "/" : issue.getPointer()).append(' ');
    sb.append(lang.dutch() ? issue.getMessageNl() : issue.getMessageEn());
    return sb.toString();
  }

  private String summary(int files, int unusable, int errors, int warnings) {
    if (lang.dutch()) {
      return files
          + (files == 1 ? " bestand" : " bestanden")
          + " gecontroleerd"
          + (unusable > 0 ? ", " + unusable + " onbruikbaar" : "")
          + ": "
          + errors
          + (errors == 1 ? " fout" : " fouten")
          + ", "
          + warnings
          + (warnings == 1 ? " waarschuwing" : " waarschuwingen")
          + ".";
    }
    return files
        + (files == 1 ? " file" : " files")
        + " checked"
        + (unusable > 0 ? ", " + unusable + " unusable" : "")
        + ": "
        + errors
        + (errors == 1 ? " error" : " errors")
        + ", "
        + warnings
        + (warnings == 1 ? " warning" : " warnings")
        + ".";
  }
}
