package nl.bncfiche.cli;

import java.io.Console;
import nl.bncfiche.cli.internal.TerminalText;
import nl.bncfiche.cli.internal.TextOut;

/** Shows "[n/N] file" on standard error while long work runs, only when it is a terminal. */
final class Progress {
  private static final int MIN_FILES = 20;
  private final TextOut err;
  private final int total;
  private final boolean active;
  private int done;
  private int shown;

  private Progress(TextOut err, int total, boolean active) {
    this.err = err;
    this.total = total;
    this.active = active;
  }

  static Progress forStandardError(TextOut err, int total) {
    return new Progress(err, total, total >= MIN_FILES && isTerminal());
  }

  /**
   * Whether we run in a terminal. On JDK 22 to 24 {@code System.console()} is not null when the
   * streams are redirected as well; there {@code Console.isTerminal()} (JDK 22+, so through
   * reflection: we compile for 17) tells. Before 22 a console is a terminal.
   */
  // The check flags any null test of System.console(); this one is right on every JDK, since it
  // asks isTerminal() wherever that exists (and on JDK 25 the console is null again when
  // redirected).
  @SuppressWarnings("SystemConsoleNull")
  static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  void next(String name) {
    done++;
    if (active) {
      // Escaped before it is cut: a cut may shorten an escape, never let a control through.
      String line = "[" + done + "/" + total + "] " + TerminalText.oneLine(name);
      if (line.length() > 78) {
        int end = Character.isLowSurrogate(line.charAt(77)) ? 76 : 77;
        line = line.substring(0, end) + "…";
      }
      err.overwrite(line + " ".repeat(Math.max(0, shown - line.length())));
      shown = line.length();
    }
  }

  void clear() {
    if (active && shown > 0) {
      err.overwrite(" ".repeat(shown));
      err.overwrite("");
      shown = 0;
    }
  }
}
