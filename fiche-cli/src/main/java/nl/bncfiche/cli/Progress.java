package nl.bncfiche.cli;

import java.io.PrintWriter;

/** Shows "[n/N] file" on standard error while long work runs, only when it is a terminal. */
final class Progress {
  private static final int MIN_FILES = 20;
  private final PrintWriter err;
  private final int total;
  private final boolean active;
  private int done;
  private int shown;

  private Progress(PrintWriter err, int total, boolean active) {
    this.err = err;
    this.total = total;
    this.active = active;
  }

  static Progress forStandardError(PrintWriter err, int total) {
    return new Progress(err, total, System.console() != null && total >= MIN_FILES);
  }

  void next(String name) {
    done++;
    if (active) {
      String line = "[" + done + "/" + total + "] " + TerminalText.oneLine(name);
      if (line.length() > 78) {
        line = line.substring(0, 77) + "…";
      }
      err.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
      err.flush();
      shown = line.length();
    }
  }

  void clear() {
    if (active && shown > 0) {
      err.print("\r" + " ".repeat(shown) + "\r");
      err.flush();
      shown = 0;
    }
  }
}
