package nl.bncfiche.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.rendering.html.HtmlWriter;
import nl.bncfiche.rendering.markdown.MarkdownWriter;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.validation.FicheValidator;
import nl.bncfiche.validation.Profile;

/**
 * The peak of live heap one operation of {@link ScalingBenchmark} needs beyond its input, in a JVM
 * of its own: run with a young generation of about a megabyte ({@code -XX:+UseSerialGC -Xmn1m}) so
 * that a collection follows every megabyte allocated, and the most heap in use after any of them,
 * while the operation runs and once it has returned its result, less what was in use before, is the
 * peak to within about a megabyte. Prints that number of bytes.
 *
 * <p>Usage: {@code PeakMemory FAMILY OPERATION SIZE}, the operation a method name of {@link
 * ScalingBenchmark}.
 */
public final class PeakMemory {
  private static final AtomicLong MOST_AFTER_GC = new AtomicLong();

  /** Keeps the operation's result reachable until the heap is measured after it. */
  private static volatile Object result;

  private PeakMemory() {}

  /** Measures and prints; see the class comment. */
  public static void main(String[] args) throws Exception {
    HostileFamily family = HostileFamily.named(args[0]);
    String operation = args[1];
    int size = Integer.parseInt(args[2]);
    KamerstukDocument document = family.document(size);
    String text = family.text(size);
    String json = family.json(size);
    FicheValidator validator = FicheValidator.create();
    // Loaded and initialised before the baseline: classes and their tables are not the input's.
    run(operation, family.document(10), family.text(10), family.json(10), validator);
    Set<String> heap = new HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heap.add(pool.getName());
      }
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc)
          .addNotificationListener(
              (n, h) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                    n.getType())) {
                  long used = 0;
                  for (Map.Entry<String, MemoryUsage> e :
                      GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData())
                          .getGcInfo()
                          .getMemoryUsageAfterGc()
                          .entrySet()) {
                    if (heap.contains(e.getKey())) {
                      used += e.getValue().getUsed();
                    }
                  }
                  MOST_AFTER_GC.accumulateAndGet(used, Math::max);
                }
              },
              null,
              null);
    }
    long before = settledHeap();
    MOST_AFTER_GC.set(0);
    result = run(operation, document, text, json, validator);
    long after = settledHeap();
    long peak = Math.max(MOST_AFTER_GC.get(), after);
    System.out.println(Math.max(0, peak - before));
    // The inputs stay reachable to the end, so that they are in the baseline and in every figure.
    if (document.hashCode() == text.hashCode() + json.hashCode() && result == null) {
      System.out.println();
    }
  }

  /** Heap in use after two full collections, with a pause for their notifications. */
  private static long settledHeap() throws InterruptedException {
    System.gc();
    System.gc();
    Thread.sleep(200);
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  static Object run(
      String operation,
      KamerstukDocument document,
      String text,
      String json,
      FicheValidator validator) {
    return switch (operation) {
      case "textRead" -> TextReader.create().read(text).getDocument();
      case "textWrite" -> TextWriter.create().write(document);
      case "markdownWrite" -> MarkdownWriter.create().write(document);
      case "htmlWrite" -> HtmlWriter.create().write(document);
      case "jsonRead" -> HostileFamily.JSON.read(json);
      case "jsonWrite" -> HostileFamily.JSON.write(document);
      case "validate" -> validator.validate(document, Profile.DEFINITIEF);
      // Not an operation of the library: the JSON form copied once, the floor of memory traffic
      // that any write of that size pays, to tell a ratio the machine's caches give from the
      // code's.
      case "jsonCopy" -> new StringBuilder(json.length() + 1).append(json).append('\n').toString();
      default -> throw new IllegalArgumentException("unknown operation " + operation);
    };
  }
}
