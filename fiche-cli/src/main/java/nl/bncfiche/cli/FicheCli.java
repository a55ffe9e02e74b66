package nl.bncfiche.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Arrays;
import nl.bncfiche.cli.internal.OutputException;
import nl.bncfiche.cli.internal.StandardInput;
import nl.bncfiche.cli.internal.TextOut;
import nl.bncfiche.cli.internal.VersionProvider;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code fiche} command: {@code validate}, {@code render}, {@code rules} and {@code serve}.
 *
 * <p>Exit codes: 0 when no input has an ERROR issue (warnings allowed), 1 when at least one has, 2
 * when an input is unusable, the command line is wrong or an output cannot be written (a one-line
 * message on standard error; the stack trace only with {@code --debug}).
 */
@Command(
    name = "fiche",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Controleer en geef BNC-fiches weer, hier of op een webpagina.",
    subcommands = {
      ValidateCommand.class,
      RenderCommand.class,
      RulesCommand.class,
      ServeCommand.class,
      AutoComplete.GenerateCompletion.class
    },
    exitCodeListHeading = "%nAfsluitcodes:%n",
    exitCodeList = {
      "0:geen invoer heeft een ERROR (waarschuwingen mogen)",
      "1:ten minste één invoer heeft een ERROR",
      "2:onbruikbare invoer, verkeerd gebruik of uitvoer die niet te schrijven is"
    })
public final class FicheCli implements Runnable {
  /** No ERROR issue. */
  public static final int OK = 0;

  /** At least one ERROR issue. */
  public static final int INVALID = 1;

  /** Unusable input or usage, or an output that cannot be written. */
  public static final int UNUSABLE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private FicheCli() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    // The file descriptors themselves, not System.out and System.err: a PrintStream swallows
    // write errors, and a full disk must not end in exit 0 with half an output.
    System.exit(
        run(
            args,
            StandardInput.of(System.in),
            new FileOutputStream(FileDescriptor.out),
            new FileOutputStream(FileDescriptor.err),
            null));
  }

  /**
   * Runs the command line on the given streams and returns the exit code; never calls {@code
   * System.exit}. Output is UTF-8 with {@code \n} line ends. A write error on {@code out} (which a
   * {@code PrintStream} only reports through {@code checkError()}) is exit code 2.
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, null);
  }

  /**
   * As {@link #run(String[], InputStream, PrintStream, PrintStream)} on any streams, with {@code
   * clock} for "today" unless {@code --today} is given ({@code null}: the system clock); for tests
   * that must give the same result on every day.
   */
  static int run(String[] args, InputStream in, OutputStream out, OutputStream err, Clock clock) {
    Lang lang = Lang.requested(args);
    boolean debug = Arrays.asList(args).contains("--debug");
    Streams streams =
        new Streams(in, TextOut.standardOutput(out), TextOut.standardError(err), clock);
    int code;
    try {
      code = execute(args, streams);
      streams.out().flush();
    } catch (RuntimeException | OutOfMemoryError e) {
      code = failed(e, streams, lang, debug);
    }
    try {
      streams.err().flush();
    } catch (OutputException e) {
      // nowhere left to say so
    }
    return streams.err().failure() != null ? UNUSABLE : code;
  }

  private static int execute(String[] args, Streams streams) {
    if (ValidateCommand.isPlain(args)) {
      // The common case without picocli; the same command, defaults and error handling.
      return ValidateCommand.plain(args, streams).run();
    }
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine cl =
        new CommandLine(
            new FicheCli(),
            new CommandLine.IFactory() {
              @Override
              public <K> K create(Class<K> type) throws Exception {
                if (type == ValidateCommand.class) {
                  return type.cast(new ValidateCommand(streams));
                }
                if (type == RenderCommand.class) {
                  return type.cast(new RenderCommand(streams));
                }
                if (type == RulesCommand.class) {
                  return type.cast(new RulesCommand(streams));
                }
                if (type == ServeCommand.class) {
                  return type.cast(new ServeCommand(streams));
                }
                return defaults.create(type);
              }
            });
    cl.setResourceBundle(HelpText.of(Lang.requested(args)));
    PrintWriter out = new PrintWriter(streams.out().writer());
    PrintWriter err = new PrintWriter(streams.err().writer());
    cl.setOut(out);
    cl.setErr(err);
    // Colours would be escape sequences, which every output escapes.
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExitCodeExceptionMapper(t -> UNUSABLE);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          out.flush();
          boolean dutch = Lang.requested(args).dutch();
          streams.err().line("fiche: " + UsageError.message(ex, dutch));
          String name = ex.getCommandLine().getCommandSpec().qualifiedName();
          streams
              .err()
              .line(
                  dutch
                      ? "Zie '" + name + " --help' voor hulp."
                      : "See '" + name + " --help' for help.");
          return UNUSABLE;
        });
    cl.setExecutionExceptionHandler(
        (ex, c, parseResult) -> {
          if (ex instanceof OutputException) {
            return UNUSABLE; // reported below, as a failure of picocli's own output is
          }
          out.flush();
          return failed(ex, streams, Lang.requested(args), parseResult.hasMatchedOption("--debug"));
        });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    if (streams.out().failure() != null) {
      throw streams.out().failure();
    }
    return code;
  }

  /**
   * Reports a failure that ended a command: an output that cannot be written, too little memory, or
   * a bug (never an input's fault: those are reported per input).
   */
  private static int failed(Throwable e, Streams streams, Lang lang, boolean debug) {
    if (e instanceof OutputException o) {
      streams.err().line("fiche: " + o.line(lang.dutch()));
      return UNUSABLE;
    }
    if (e instanceof OutOfMemoryError) {
      streams
          .err()
          .line(
              lang.dutch()
                  ? "fiche: onvoldoende geheugen; geef de JVM meer (FICHE_JAVA_OPTS=-Xmx2g) of"
                      + " verlaag --max-size"
                  : "fiche: out of memory; give the JVM more (FICHE_JAVA_OPTS=-Xmx2g) or lower"
                      + " --max-size");
      return UNUSABLE;
    }
    String kind = e.getClass().getSimpleName();
    streams
        .err()
        .line(
            lang.dutch()
                ? "fiche: interne fout (" + kind + "); --debug toont de stacktrace"
                : "fiche: internal error (" + kind + "); --debug shows the stack trace");
    if (debug) {
      streams.err().stackTrace(e);
    }
    return UNUSABLE;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "missing command: validate, render, rules or serve");
  }
}
