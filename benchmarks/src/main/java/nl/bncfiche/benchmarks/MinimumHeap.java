package nl.bncfiche.benchmarks;

import java.lang.management.ManagementFactory;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.validation.FicheValidator;

/**
 * The live heap one operation of {@link ScalingBenchmark} needs beyond its input: the least free
 * heap in which it runs to its end, in a JVM of its own with the serial collector. Once the input
 * is built, a ballast array takes all of the heap but a budget, and the operation runs; a search
 * over the budget finds the smallest that suffices, to within {@link #STEP}. The collector collects
 * fully before it declares the heap too small, so garbage never counts, and a peak between two
 * collections counts as much as one at a collection. {@link PeakMemory} is quicker but sees the
 * heap only at collections: it counts garbage in the old generation and can miss a peak.
 *
 * <p>Run with {@code -XX:+UseSerialGC -Xmn512k -Xmx512m}; usage: {@code MinimumHeap FAMILY
 * OPERATION SIZE}, prints the number of bytes.
 */
public final class MinimumHeap {
  /** The search's resolution in bytes. */
  static final long STEP = 64 << 10;

  /** The operation's result, kept until the try has ended. */
  private static Object result;

  private static long[] ballast;

  private MinimumHeap() {}

  /** Searches and prints; see the class comment. */
  public static void main(String[] args) throws InterruptedException {
    HostileFamily family = HostileFamily.named(args[0]);
    String operation = args[1];
    int size = Integer.parseInt(args[2]);
    FicheValidator validator = FicheValidator.create();
    KamerstukDocument small = family.document(10);
    // Classes and their tables are loaded before the budget is set: they are not the operation's.
    for (int i = 0; i < 3; i++) {
      PeakMemory.run(operation, small, family.text(10), family.json(10), validator);
    }
    KamerstukDocument document = family.document(size);
    String text = family.text(size);
    String json = family.json(size);
    long low = 0;
    long high = STEP;
    while (!runs(high, operation, document, text, json, validator)) {
      low = high;
      high *= 2;
    }
    while (high - low > STEP) {
      long middle = (low + high) / 2;
      if (runs(middle, operation, document, text, json, validator)) {
        high = middle;
      } else {
        low = middle;
      }
    }
    System.out.println(high);
  }

  /** Whether the operation runs to its end with {@code budget} bytes of the heap free. */
  private static boolean runs(
      long budget,
      String operation,
      KamerstukDocument document,
      String text,
      String json,
      FicheValidator validator) {
    result = null;
    ballast = null;
    settle();
    Runtime rt = Runtime.getRuntime();
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    // The array's header and the young generation, which the operation may use too, are left out
    // of the ballast and so counted in the budget's slack: the same at every size.
    long ballastBytes = rt.maxMemory() - used - budget;
    try {
      if (ballastBytes > 0) {
        ballast = new long[(int) Math.min(Integer.MAX_VALUE - 8, ballastBytes / 8)];
      }
      result = PeakMemory.run(operation, document, text, json, validator);
      return true;
    } catch (OutOfMemoryError e) {
      return false;
    } finally {
      result = null;
      ballast = null;
    }
  }

  /**
   * Collects fully, soft references included: they hold caches (the text writer's buffer,
   * Jackson's) that the collector clears only when the heap is about to run out, so they would be
   * counted in the input and then be free for the operation. A request larger than the heap clears
   * them.
   */
  private static void settle() {
    try {
      long[] impossible = new long[(int) (Runtime.getRuntime().maxMemory() / 8 + 1)];
      ballast = impossible;
    } catch (OutOfMemoryError expected) {
      // the collector has cleared the soft references before giving up
    }
    ballast = null;
    System.gc();
    System.gc();
  }
}
