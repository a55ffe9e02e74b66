package nl.bncfiche.benchmarks;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import nl.bncfiche.benchmarks.LoadMix.Kind;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.server.FicheServer;
import nl.bncfiche.server.report.Checked;
import nl.bncfiche.server.report.FicheContent;
import nl.bncfiche.server.report.JsonReport;
import nl.bncfiche.validation.FicheValidator;
import nl.bncfiche.validation.Profile;

/**
 * The load test of the server (issue 19, part 6), on loopback only: 8 connections send a bounded
 * number of requests that mix valid, invalid and hostile inputs ({@link LoadMix}), in three passes:
 *
 * <ol>
 *   <li>a closed loop (each connection sends its next request when the last is answered) against a
 *       server set up for 8 clients: the machine saturated;
 *   <li>the same against the default bound (the number of cores), where 503s are intended;
 *   <li>an open loop: requests arrive at random (Poisson) times at a quarter of the rate the first
 *       pass sustained, on the server set up for 8 clients. A request's latency counts from the
 *       time it was due, so one that waited for a free connection is charged for the wait.
 * </ol>
 *
 * <p>Every pass fails (exit 1) on a 5xx other than an intended 503, a status not expected for a
 * request's kind, or a live heap that grows between rounds. The latency target (p99 of a valid
 * {@code validate text} at most 3 times the warm library time of the same validation plus 5 ms) is
 * checked on the open loop: in a saturating closed loop every request's latency is, by Little's
 * law, the number of connections divided by the throughput, whatever the server does, so those
 * passes report their latencies without a target.
 *
 * <p>Each connection is a {@link LoadClient} on a blocking socket. The open loop is preceded by
 * rounds that are not counted until the JIT compilers are nearly idle ({@link #warmUp}); the report
 * says how long they were still busy in the counted rounds, and how late the client itself sent its
 * requests (counted in the latencies).
 *
 * <p>Usage: {@code ServerLoad ROOT [REQUESTS] [OUT.md]}; run by {@code benchmarks/load}. Server and
 * client share one JVM and its two cores: the figures are an upper bound of what a server alone
 * would show.
 */
public final class ServerLoad {
  private static final int CONNECTIONS = 8;
  private static final int ROUNDS = 5;
  private static final int MAX_WARM_UP_ROUNDS = 6;

  private ServerLoad() {}

  /** Runs the load test; see the class comment. */
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 6000;
    Path out = args.length > 2 ? Path.of(args[2]) : null;
    String example =
        Files.readString(root.resolve("examples/voorbeeld-fiche.txt"), StandardCharsets.UTF_8);
    String withError = example.replace("\nCOM(2026) 61 final\n", "\nCOM 61\n");

    double libraryMicros = warmLibraryMicros(withError);
    double targetMs = 3 * libraryMicros / 1000 + 5;
    StringBuilder report = new StringBuilder();
    int cores = Math.max(2, Runtime.getRuntime().availableProcessors());
    Tally saturated = pass(example, withError, requests, CONNECTIONS, 0);
    saturated.report(
        "8 connections in a closed loop, at most 8 at work (as deployed for 8 clients)",
        targetMs,
        false,
        report);
    Tally bounded = pass(example, withError, requests, cores, 0);
    bounded.report(
        "8 connections in a closed loop, at most "
            + cores
            + " at work (the default bound: 503s"
            + " intended)",
        targetMs,
        false,
        report);
    double rate = saturated.perSecond() / 4;
    Tally open = pass(example, withError, requests, CONNECTIONS, rate);
    open.report(
        String.format(
            Locale.ROOT,
            "8 connections in an open loop at %.0f requests/s (a quarter of the first pass),"
                + " at most 8 at work",
            rate),
        targetMs,
        true,
        report);
    report.append(
        String.format(
            Locale.ROOT,
            "Warm library time of the same validation (read, validate, JSON report), median: %.0f"
                + " µs; target for the p99 of `validate text` in the open loop: 3 × that + 5 ms ="
                + " %.2f ms; measured %.2f ms: %s.%n",
            libraryMicros,
            targetMs,
            open.p99Ms("validate text"),
            open.p99Ms("validate text") <= targetMs ? "pass" : "MISS"));
    boolean ok =
        saturated.sound()
            && bounded.sound()
            && open.sound()
            && open.p99Ms("validate text") <= targetMs;
    System.out.print(report);
    if (out != null) {
      Files.writeString(out, report, StandardCharsets.UTF_8);
    }
    System.exit(ok ? 0 : 1);
  }

  /**
   * The median time of reading, validating and reporting {@code text} as JSON in this JVM, warm.
   */
  static double warmLibraryMicros(String text) {
    FicheValidator validator = FicheValidator.create();
    TextReader reader = TextReader.create();
    long[] times = new long[3000];
    int sink = 0;
    for (int i = 0; i < 2000 + times.length; i++) {
      long start = System.nanoTime();
      FicheContent content = FicheContent.read(text, false, reader, FicheJson::create);
      Checked checked = Checked.of(content, validator, Profile.DEFINITIEF);
      String json = JsonReport.write(List.of(JsonReport.FileResult.of("-", checked, true)));
      sink += json.length();
      if (i >= 2000) {
        times[i - 2000] = System.nanoTime() - start;
      }
    }
    if (sink == 0) {
      throw new IllegalStateException("no output");
    }
    Arrays.sort(times);
    return times[times.length / 2] / 1000.0;
  }

  /**
   * One pass of {@code requests} in {@link #ROUNDS} rounds, against a new server with {@code bound}
   * requests at work at once; a closed loop when {@code perSecond} is 0, else an open loop at that
   * rate.
   */
  private static Tally pass(
      String example, String withError, int requests, int bound, double perSecond)
      throws Exception {
    try (FicheServer server =
        FicheServer.builder().maxConcurrent(bound).maxBytes(2_000_000).start()) {
      List<Kind> kinds = LoadMix.kinds(example, withError, server);
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
      Tally tally = new Tally(kinds, requests / ROUNDS);
      ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS, ServerLoad::clientThread);
      try {
        if (perSecond > 0) {
          warmUp(
              tally,
              jit,
              () -> openLoop(pool, server.uri(), kinds, requests / ROUNDS, perSecond, -1));
        }
        long jitBefore = jit.getTotalCompilationTime();
        long start = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
          int count = requests / ROUNDS;
          long seed = round * 100L;
          List<long[]> results =
              perSecond > 0
                  ? openLoop(pool, server.uri(), kinds, count, perSecond, seed)
                  : closedLoop(pool, server.uri(), kinds, count, seed);
          results.forEach(tally::add);
          System.gc();
          tally.heapAfterGc.add(memory.getHeapMemoryUsage().getUsed());
        }
        tally.seconds = (System.nanoTime() - start) / 1e9;
        tally.compilingMs = jit.getTotalCompilationTime() - jitBefore;
      } finally {
        pool.shutdownNow();
      }
      return tally;
    }
  }

  /**
   * Rounds of {@code round}, not counted, until the JIT compilers were busy for under 2 % of a
   * round (at most {@link #MAX_WARM_UP_ROUNDS}). After the saturating passes a compile queue is
   * left that C2 works through for tens of seconds; on two cores its thread takes one core, and the
   * latencies then measure the warm-up, not the server a deployment runs for days.
   */
  private static void warmUp(Tally tally, CompilationMXBean jit, Callable<?> round)
      throws Exception {
    for (int i = 0; i < MAX_WARM_UP_ROUNDS; i++) {
      long jitBefore = jit.getTotalCompilationTime();
      long start = System.nanoTime();
      round.call();
      tally.warmUpRounds++;
      double roundMs = (System.nanoTime() - start) / 1e6;
      if (jit.getTotalCompilationTime() - jitBefore < 0.02 * roundMs) {
        return;
      }
    }
  }

  /**
   * A thread of the load client, at the highest priority: with {@code -XX:ThreadPriorityPolicy=1}
   * (which {@code benchmarks/load} gives, and which takes effect for root only) the operating
   * system then runs it before the server's threads when both want a core, as if the client had a
   * machine of its own. Elsewhere the priority is ignored, and the report's line on how late the
   * client sent its requests shows what that costs.
   */
  private static Thread clientThread(Runnable r) {
    Thread t = new Thread(r, "load-client");
    t.setDaemon(true);
    t.setPriority(Thread.MAX_PRIORITY);
    return t;
  }

  /** Each connection sends its next request as soon as the last is answered. */
  private static List<long[]> closedLoop(
      ExecutorService pool, URI base, List<Kind> kinds, int count, long seed) throws Exception {
    List<Future<List<long[]>>> futures = new ArrayList<>();
    for (int c = 0; c < CONNECTIONS; c++) {
      SplittableRandom random = new SplittableRandom(seed + c);
      futures.add(
          pool.submit(
              () -> {
                List<long[]> results = new ArrayList<>();
                try (LoadClient client = new LoadClient(base)) {
                  for (int i = 0; i < count / CONNECTIONS; i++) {
                    int k = LoadMix.pick(random, kinds.size());
                    long start = System.nanoTime();
                    int status = send(client, kinds.get(k));
                    results.add(new long[] {k, status, System.nanoTime() - start});
                  }
                }
                return results;
              }));
    }
    List<long[]> all = new ArrayList<>();
    for (Future<List<long[]>> f : futures) {
      all.addAll(f.get());
    }
    return all;
  }

  /**
   * Request {@code i} is due at the {@code i}-th arrival of a Poisson process at {@code perSecond};
   * the first free connection sends it then. The latency counts from when it was due.
   */
  private static List<long[]> openLoop(
      ExecutorService pool, URI base, List<Kind> kinds, int count, double perSecond, long seed)
      throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    long[] due = new long[count];
    int[] kind = new int[count];
    double t = 0;
    for (int i = 0; i < count; i++) {
      t += -Math.log(1 - random.nextDouble()) / perSecond;
      due[i] = (long) (t * 1e9);
      kind[i] = LoadMix.pick(random, kinds.size());
    }
    long origin = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
    AtomicInteger next = new AtomicInteger();
    long[][] results = new long[count][];
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < CONNECTIONS; c++) {
      futures.add(
          pool.submit(
              () -> {
                try (LoadClient client = new LoadClient(base)) {
                  for (int i; (i = next.getAndIncrement()) < count; ) {
                    long at = origin + due[i];
                    for (long wait; (wait = at - System.nanoTime()) > 0; ) {
                      LockSupport.parkNanos(wait);
                    }
                    long sent = System.nanoTime();
                    int status = send(client, kinds.get(kind[i]));
                    results[i] = new long[] {kind[i], status, System.nanoTime() - at, sent - at};
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    return Arrays.asList(results);
  }

  /** Sends one request of {@code kind}; its status, 0 for a closed connection. */
  private static int send(LoadClient client, Kind kind) {
    try {
      return client.send(kind);
    } catch (IOException e) {
      client.close();
      // The server answers a body over its limit with 413 and closes the connection at once; a
      // client still sending then may see the connection reset before it reads the 413. Only there
      // is a closed connection expected; anywhere else it counts as a server error.
      if (Boolean.getBoolean("load.debug")) {
        System.err.println(kind.name() + ": " + e);
      }
      return kind.expected().contains(0) ? 0 : 599;
    }
  }

  /** What one pass saw: statuses and latencies by kind, and the live heap after each round. */
  private static final class Tally {
    private final List<Kind> kinds;
    private final int perRound;
    private final Map<String, List<Long>> latencies = new TreeMap<>();
    private final Map<String, Integer> statuses = new TreeMap<>();
    private final List<Long> heapAfterGc = new ArrayList<>();
    private final List<Long> lateStarts = new ArrayList<>();
    private final List<String> wrongExamples = new ArrayList<>();
    private int wrong;
    private double seconds;
    private long compilingMs;
    private int warmUpRounds;

    Tally(List<Kind> kinds, int perRound) {
      this.kinds = kinds;
      this.perRound = perRound;
    }

    void add(long[] r) {
      Kind kind = kinds.get((int) r[0]);
      int status = (int) r[1];
      statuses.merge(kind.name() + " " + status, 1, Integer::sum);
      if (r.length > 3) {
        lateStarts.add(r[3]);
      }
      if (status != 503) {
        latencies.computeIfAbsent(kind.name(), k -> new ArrayList<>()).add(r[2]);
        latencies.computeIfAbsent("all (but 503)", k -> new ArrayList<>()).add(r[2]);
      }
      if (!kind.expected().contains(status) && status != 503) {
        wrong++;
        if (wrongExamples.size() < 5) {
          wrongExamples.add(kind.name() + " -> " + status);
        }
      }
    }

    int total() {
      return statuses.values().stream().mapToInt(Integer::intValue).sum();
    }

    double perSecond() {
      return total() / seconds;
    }

    private int count(java.util.function.Predicate<String> key) {
      return statuses.entrySet().stream()
          .filter(e -> key.test(e.getKey()))
          .mapToInt(Map.Entry::getValue)
          .sum();
    }

    int serverErrors() {
      return count(k -> k.matches(".* 5\\d\\d") && !k.endsWith(" 503"));
    }

    boolean flat() {
      return heapAfterGc.get(heapAfterGc.size() - 1) <= heapAfterGc.get(1) + 16L * 1024 * 1024;
    }

    /** No 5xx but 503, every status as its kind calls for, the heap flat. */
    boolean sound() {
      return serverErrors() == 0 && wrong == 0 && flat();
    }

    double p99Ms(String kind) {
      return percentile(latencies.get(kind), 0.99) / 1e6;
    }

    void report(String title, double targetMs, boolean targeted, StringBuilder out) {
      out.append(
          String.format(
              Locale.ROOT,
              "### %s%n%n%d requests in %.1f s (%.0f/s); %d answered 503 (busy, intended); %d other"
                  + " 5xx; %d with a status not expected for their kind%s.%n%n",
              title,
              total(),
              seconds,
              perSecond(),
              count(k -> k.endsWith(" 503")),
              serverErrors(),
              wrong,
              wrongExamples.isEmpty() ? "" : " " + wrongExamples));
      out.append(
          String.format(
              Locale.ROOT,
              "The JIT compilers were busy for %d ms of these %.1f s%s.%n%n",
              compilingMs,
              seconds,
              warmUpRounds == 0
                  ? ""
                  : String.format(
                      Locale.ROOT,
                      ", after %d round%s of warm-up not counted",
                      warmUpRounds,
                      warmUpRounds == 1 ? "" : "s")));
      if (!lateStarts.isEmpty()) {
        out.append(
            String.format(
                Locale.ROOT,
                "The client sent a request %.2f ms after it was due at the median, %.2f ms at p99"
                    + " (counted in the latencies below: its threads share the cores with the"
                    + " server).%n%n",
                percentile(lateStarts, 0.50) / 1e6,
                percentile(lateStarts, 0.99) / 1e6));
      }
      out.append("| requests of kind | n (not 503) | p50 ms | p99 ms |\n|---|---:|---:|---:|\n");
      for (Map.Entry<String, List<Long>> e : latencies.entrySet()) {
        out.append(
            String.format(
                Locale.ROOT,
                "| %s | %d | %.2f | %.2f |%n",
                e.getKey(),
                e.getValue().size(),
                percentile(e.getValue(), 0.50) / 1e6,
                percentile(e.getValue(), 0.99) / 1e6));
      }
      out.append(
          String.format(
              Locale.ROOT,
              "%n%sLive heap after a full collection, per round of %d requests (MB): %s: %s.%n%n",
              targeted
                  ? ""
                  : String.format(
                      Locale.ROOT,
                      "p99 of `validate text` %.2f ms (saturated: no target here; %.2f ms is the"
                          + " open loop's).%n%n",
                      p99Ms("validate text"),
                      targetMs),
              perRound,
              heapAfterGc.stream()
                  .map(b -> String.format(Locale.ROOT, "%.1f", b / 1048576.0))
                  .toList(),
              flat() ? "flat" : "GROWING"));
    }
  }

  private static double percentile(List<Long> values, double p) {
    if (values == null || values.isEmpty()) {
      return Double.NaN;
    }
    long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }
}
