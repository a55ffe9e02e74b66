package nl.bncfiche.benchmarks;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import nl.bncfiche.cli.FicheCli;

/**
 * Run in a new JVM with the command line's compiler flags: {@code fiche validate DIR} a number of
 * times in the same JVM, printing the median wall time in milliseconds of the later half of the
 * rounds, when the code is compiled. Set beside the batch in a new JVM, it shows how much of the
 * batch is start-up and warm-up.
 *
 * <p>Usage: {@code WarmBatch DIR ROUNDS}.
 */
public final class WarmBatch {
  private WarmBatch() {}

  /** Runs the rounds and prints the figure; exits 2 when a round does not check the inputs. */
  public static void main(String[] args) {
    String dir = args[0];
    int rounds = Integer.parseInt(args[1]);
    PrintStream none = new PrintStream(OutputStream.nullOutputStream());
    double[] millis = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      int code = FicheCli.run(new String[] {"validate", dir}, System.in, none, System.err);
      millis[i] = (System.nanoTime() - t0) / 1e6;
      if (code > FicheCli.INVALID) {
        System.err.println("WarmBatch: exit " + code + " from fiche validate " + dir);
        System.exit(2);
      }
    }
    double[] later = Arrays.copyOfRange(millis, rounds / 2, rounds);
    System.out.println(String.format(Locale.ROOT, "%.1f", Ratios.median(later)));
  }
}
