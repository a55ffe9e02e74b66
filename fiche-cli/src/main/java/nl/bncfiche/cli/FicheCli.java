package nl.bncfiche.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import nl.bncfiche.cli.internal.VersionProvider;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code fiche} command: {@code validate}, {@code render} and {@code rules}.
 *
 * <p>Exit codes: 0 when no input has an ERROR issue (warnings allowed), 1 when at least one has, 2
 * when an input is unusable or the command line is wrong (a one-line message on standard error; the
 * stack trace only with {@code --debug}).
 */
@Command(
    name = "fiche",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Validate and render BNC-fiches.",
    subcommands = {
      ValidateCommand.class,
      RenderCommand.class,
      RulesCommand.class,
      AutoComplete.GenerateCompletion.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no input has an ERROR issue (warnings allowed)",
      "1:at least one input has an ERROR issue",
      "2:unusable input or wrong usage"
    })
public final class FicheCli implements Runnable {
  /** No ERROR issue. */
  public static final int OK = 0;

  /** At least one ERROR issue. */
  public static final int INVALID = 1;

  /** Unusable input or usage. */
  public static final int UNUSABLE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private FicheCli() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /**
   * Runs the command line on the given streams and returns the exit code; never calls {@code
   * System.exit}. Output is UTF-8 with {@code \n} line ends.
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, null);
  }

  /**
   * As {@link #run(String[], InputStream, PrintStream, PrintStream)}, with {@code clock} for
   * "today" unless {@code --today} is given ({@code null}: the system clock); for tests that must
   * give the same result on every day.
   */
  static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Clock clock) {
    PrintWriter o =
        new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e =
        new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    if (ValidateCommand.isPlain(args)) {
      // The common case without picocli; the same command, defaults and error handling.
      Streams.set(in);
      try {
        return ValidateCommand.plain(args, clock).run(o, e);
      } catch (RuntimeException ex) {
        e.println("fiche: internal error: " + ex);
        e.println("fiche: run again with --debug for the stack trace");
        return UNUSABLE;
      } finally {
        o.flush();
        e.flush();
      }
    }
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine cl =
        new CommandLine(
            new FicheCli(),
            new CommandLine.IFactory() {
              @Override
              public <K> K create(Class<K> type) throws Exception {
                return type == ValidateCommand.class
                    ? type.cast(new ValidateCommand(clock))
                    : defaults.create(type);
              }
            });
    cl.setOut(o);
    cl.setErr(e);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExitCodeExceptionMapper(t -> UNUSABLE);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          ex.getCommandLine().getErr().println("fiche: " + ex.getMessage());
          String name = ex.getCommandLine().getCommandSpec().qualifiedName();
          ex.getCommandLine().getErr().println("Try '" + name + " --help' for more information.");
          return UNUSABLE;
        });
    cl.setExecutionExceptionHandler(
        (ex, c, parseResult) -> {
          c.getErr().println("fiche: internal error: " + ex);
          boolean debug = parseResult.originalArgs().contains("--debug");
          if (debug) {
            ex.printStackTrace(c.getErr());
          } else {
            c.getErr().println("fiche: run again with --debug for the stack trace");
          }
          return UNUSABLE;
        });
    Streams.set(in);
    try {
      return cl.execute(args);
    } finally {
      o.flush();
      e.flush();
    }
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "missing command: validate, render or rules");
  }
}
