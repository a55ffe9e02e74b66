package nl.bncfiche.benchmarks;

import java.util.Arrays;
import java.util.Locale;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.validation.FicheValidator;

/**
 * The scaling suite's time ratio of one figure measured in pairs within one JVM: an operation of
 * {@link ScalingBenchmark} at a family's n and at 4n, one right after the other (which goes first
 * alternates), both warmed up together, so that both sizes run the same compiled code on the same
 * heap; the ratio is that of the two medians. JMH measures n and 4n in JVMs of their own, whose
 * compiled code and heap layout differ from fork to fork: between two runs of one build its ratios
 * moved by a factor of up to 2 (docs/performance.md), which is the measurement's, not the work's.
 *
 * <p>Warm-up lasts until the time per operation at both sizes settles: rounds of about a second
 * each, at least {@link #MIN_ROUNDS}, until two rounds in a row agree within 5 % (the normaliser of
 * the marks family needs some 8 seconds to compile). A sample is the mean of as many operations as
 * last at least {@link #SAMPLE_NANOS} at n (the same count at 4n), so that the small figures are
 * not the timer's. Collections that fall in a sample count: they are the operation's cost.
 *
 * <p>Usage: {@code PairedScaling FAMILY OPERATION}, the operation a method name of {@link
 * ScalingBenchmark} or {@code jsonCopy}: the family's JSON form copied once, whose ratio is what
 * the machine's caches alone give a write of that size. Prints a tab-separated line: the median
 * milliseconds at n, at 4n, and the warm-up rounds.
 */
public final class PairedScaling {
  /** Pairs measured, after the warm-up. */
  static final int PAIRS = 21;

  static final int MIN_ROUNDS = 8;
  private static final int MAX_ROUNDS = 40;
  private static final long ROUND_NANOS = 1_000_000_000L;
  private static final long SAMPLE_NANOS = 20_000_000L;

  /** Keeps every result reachable, so that no operation is left out as dead code. */
  private static volatile Object sink;

  private PairedScaling() {}

  /** Measures and prints; see the class comment. */
  public static void main(String[] args) {
    HostileFamily family = HostileFamily.named(args[0]);
    String op = args[1];
    FicheValidator v = FicheValidator.create();
    Inputs small = new Inputs(family, family.n());
    Inputs large = new Inputs(family, 4 * family.n());
    double lastN = Double.NaN;
    double last4N = Double.NaN;
    int rounds = 0;
    int stable = 0;
    while (rounds < MAX_ROUNDS && (rounds < MIN_ROUNDS || stable < 2)) {
      double[] round = round(op, small, large, v);
      stable = close(round[0], lastN) && close(round[1], last4N) ? stable + 1 : 0;
      lastN = round[0];
      last4N = round[1];
      rounds++;
    }
    int repeat = (int) Math.max(1, Math.min(10_000, SAMPLE_NANOS / (lastN * 1e6)));
    double[] atN = new double[PAIRS];
    double[] at4N = new double[PAIRS];
    for (int i = 0; i < PAIRS; i++) {
      if (i % 2 == 0) {
        atN[i] = time(op, small, v, repeat) / (repeat * 1e6);
        at4N[i] = time(op, large, v, repeat) / (repeat * 1e6);
      } else {
        at4N[i] = time(op, large, v, repeat) / (repeat * 1e6);
        atN[i] = time(op, small, v, repeat) / (repeat * 1e6);
      }
    }
    System.out.println(
        String.format(Locale.ROOT, "%.4f\t%.4f\t%d", median(atN), median(at4N), rounds));
  }

  /** One warm-up round of about {@link #ROUND_NANOS}: the mean milliseconds at n and at 4n. */
  private static double[] round(String op, Inputs small, Inputs large, FicheValidator v) {
    long start = System.nanoTime();
    long atN = 0;
    long at4N = 0;
    int count = 0;
    while (System.nanoTime() - start < ROUND_NANOS || count == 0) {
      atN += time(op, small, v, 1);
      at4N += time(op, large, v, 1);
      count++;
    }
    return new double[] {atN / (count * 1e6), at4N / (count * 1e6)};
  }

  private static boolean close(double a, double b) {
    return Math.abs(a - b) <= 0.05 * Math.min(a, b);
  }

  private static long time(String op, Inputs in, FicheValidator v, int repeat) {
    long t0 = System.nanoTime();
    for (int i = 0; i < repeat; i++) {
      sink = PeakMemory.run(op, in.document, in.text, in.json, v);
    }
    return System.nanoTime() - t0;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** A family's fiche at one size, in every form the operations take. */
  private static final class Inputs {
    final KamerstukDocument document;
    final String text;
    final String json;

    Inputs(HostileFamily family, int size) {
      document = family.document(size);
      text = family.text(size);
      json = family.json(size);
    }
  }
}
