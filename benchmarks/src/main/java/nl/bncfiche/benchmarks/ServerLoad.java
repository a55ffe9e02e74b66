package nl.bncfiche.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * number of requests that mix valid, invalid and hostile inputs; it reports the status codes, the
 * p50 and p99 latency, and the live heap after a collection between rounds, and fails (exit 1) on a
 * 5xx other than an intended 503, on a growing heap, or when the p99 of a valid validation is over
 * 3 times the warm library time of the same validation plus 5 ms.
 *
 * <p>Usage: {@code ServerLoad ROOT [REQUESTS] [OUT.md]}; run by {@code benchmarks/load}. Server and
 * client share one JVM and its two cores: the figures are an upper bound of what a server alone
 * would show.
 */
public final class ServerLoad {
  private static final int CONNECTIONS = 8;
  private static final int ROUNDS = 5;

  private ServerLoad() {}

  /** One kind of request: what it sends, and the statuses that are right for it. */
  static final class Kind {
    private final String name;
    private final String path;
    private final String contentType;
    private final byte[] body;
    private final List<Integer> expected;

    Kind(String name, String path, String contentType, byte[] body, List<Integer> expected) {
      this.name = name;
      this.path = path;
      this.contentType = contentType;
      this.body = body;
      this.expected = expected;
    }

    String name() {
      return name;
    }

    String path() {
      return path;
    }

    String contentType() {
      return contentType;
    }

    /** The body sent as it is, or null for a GET. */
    byte[] body() {
      return body;
    }

    List<Integer> expected() {
      return expected;
    }
  }

  /** Runs the load test; see the class comment. */
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 6000;
    Path out = args.length > 2 ? Path.of(args[2]) : null;
    String example =
        Files.readString(root.resolve("examples/voorbeeld-fiche.txt"), StandardCharsets.UTF_8);
    String withError = example.replace("\nCOM(2026) 61 final\n", "\nCOM 61\n");

    double libraryMicros = warmLibraryMicros(withError);
    StringBuilder report = new StringBuilder();
    boolean ok = true;
    // As deployed for 8 clients (8 at once), and with the default bound (the number of cores),
    // where the 503s beyond it are intended.
    for (int bound :
        new int[] {CONNECTIONS, Math.max(2, Runtime.getRuntime().availableProcessors())}) {
      try (FicheServer server =
          FicheServer.builder().maxConcurrent(bound).maxBytes(2_000_000).start()) {
        List<Kind> kinds = kinds(example, withError, server);
        ok &= run(server, kinds, requests, bound, libraryMicros, report);
      }
    }
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

  static List<Kind> kinds(String example, String withError, FicheServer server) throws Exception {
    byte[] text = example.getBytes(StandardCharsets.UTF_8);
    byte[] error = withError.getBytes(StandardCharsets.UTF_8);
    HttpResponse<byte[]> asJson =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(server.uri().resolve("/api/v1/render?to=json"))
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(text))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    byte[] hostileMarks =
        ("Fiche: a" + "\u0301".repeat(200_000) + "\n\n1. Algemene gegevens\n")
            .getBytes(StandardCharsets.UTF_8);
    StringBuilder nested = new StringBuilder();
    nested.append("[".repeat(5000)).append("]".repeat(5000));
    List<Integer> ok = List.of(200);
    List<Integer> refused = List.of(400, 413, 415, 422);
    return List.of(
        new Kind("validate text", "/api/v1/validate", "text/plain", error, ok),
        new Kind("validate text", "/api/v1/validate?profile=concept", "text/plain", text, ok),
        new Kind("validate json", "/api/v1/validate", "application/json", asJson.body(), ok),
        new Kind("render html", "/api/v1/render?to=html", "text/plain", error, ok),
        new Kind("render markdown", "/api/v1/render?to=markdown", "text/plain", text, ok),
        new Kind("rules", "/api/v1/rules", null, null, ok),
        new Kind(
            "invalid: no fiche",
            "/api/v1/validate",
            "text/plain",
            "geen fiche".getBytes(StandardCharsets.UTF_8),
            refused),
        new Kind("invalid: bad profile", "/api/v1/validate?profile=x", "text/plain", text, refused),
        new Kind("invalid: wrong type", "/api/v1/validate", "image/png", text, refused),
        new Kind(
            "hostile: not UTF-8",
            "/api/v1/validate",
            "text/plain",
            new byte[] {'a', (byte) 0xC3, '(', '\n'},
            refused),
        new Kind(
            "hostile: nested JSON",
            "/api/v1/validate",
            "application/json",
            nested.toString().getBytes(StandardCharsets.UTF_8),
            refused),
        new Kind(
            "hostile: 200,000 marks",
            "/api/v1/validate",
            "text/plain",
            hostileMarks,
            List.of(200, 422)),
        new Kind(
            "hostile: too large",
            "/api/v1/validate",
            "text/plain",
            new byte[2_000_001],
            List.of(413, 0)));
  }

  private static boolean run(
      FicheServer server,
      List<Kind> kinds,
      int requests,
      int bound,
      double libraryMicros,
      StringBuilder report)
      throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    List<Long> heapAfterGc = new ArrayList<>();
    Map<String, List<Long>> latencies = new TreeMap<>();
    Map<String, Integer> statuses = new TreeMap<>();
    int wrong = 0;
    List<String> wrongExamples = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
    long start = System.nanoTime();
    try {
      for (int round = 0; round < ROUNDS; round++) {
        List<Future<List<long[]>>> futures = new ArrayList<>();
        for (int c = 0; c < CONNECTIONS; c++) {
          long seed = round * 100L + c;
          int count = requests / ROUNDS / CONNECTIONS;
          futures.add(pool.submit(() -> send(client, server.uri(), kinds, count, seed)));
        }
        for (Future<List<long[]>> f : futures) {
          for (long[] r : f.get()) {
            Kind kind = kinds.get((int) r[0]);
            int status = (int) r[1];
            statuses.merge(kind.name() + " " + status, 1, Integer::sum);
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
        }
        System.gc();
        heapAfterGc.add(memory.getHeapMemoryUsage().getUsed());
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int total = statuses.values().stream().mapToInt(Integer::intValue).sum();
    int busy =
        statuses.entrySet().stream()
            .filter(e -> e.getKey().endsWith(" 503"))
            .mapToInt(Map.Entry::getValue)
            .sum();
    int serverErrors =
        statuses.entrySet().stream()
            .filter(e -> e.getKey().matches(".* 5\\d\\d") && !e.getKey().endsWith(" 503"))
            .mapToInt(Map.Entry::getValue)
            .sum();
    double targetMs = 3 * libraryMicros / 1000 + 5;
    double p99Valid = percentile(latencies.get("validate text"), 0.99) / 1e6;
    long firstHeap = heapAfterGc.get(1);
    long lastHeap = heapAfterGc.get(heapAfterGc.size() - 1);
    boolean flat = lastHeap <= firstHeap + 16L * 1024 * 1024;
    boolean ok = serverErrors == 0 && wrong == 0 && flat && p99Valid <= targetMs;

    report.append(
        String.format(
            Locale.ROOT,
            "### %d connections, at most %d at work (%s)%n%n"
                + "%d requests in %.1f s (%.0f/s); %d answered 503 (busy, intended); %d other 5xx;"
                + " %d with a status not expected for their kind%s.%n%n",
            CONNECTIONS,
            bound,
            bound >= CONNECTIONS ? "as deployed for 8 clients" : "the default bound: 503s intended",
            total,
            seconds,
            total / seconds,
            busy,
            serverErrors,
            wrong,
            wrongExamples.isEmpty() ? "" : " " + wrongExamples));
    report.append("| requests of kind | n (not 503) | p50 ms | p99 ms |\n|---|---:|---:|---:|\n");
    for (Map.Entry<String, List<Long>> e : latencies.entrySet()) {
      report.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %.2f | %.2f |%n",
              e.getKey(),
              e.getValue().size(),
              percentile(e.getValue(), 0.50) / 1e6,
              percentile(e.getValue(), 0.99) / 1e6));
    }
    report.append(
        String.format(
            Locale.ROOT,
            "%nWarm library time of the same validation (read, validate, JSON report), median: %.0f"
                + " µs; target for the p99 of `validate text`: 3 × that + 5 ms = %.2f ms; measured"
                + " %.2f ms: %s.%n%nLive heap after a full collection, per round of %d requests"
                + " (MB): %s: %s.%n%n",
            libraryMicros,
            targetMs,
            p99Valid,
            p99Valid <= targetMs ? "pass" : "MISS",
            requests / ROUNDS,
            heapAfterGc.stream()
                .map(b -> String.format(Locale.ROOT, "%.1f", b / 1048576.0))
                .toList(),
            flat ? "flat" : "GROWING"));
    return ok;
  }

  /** {@code count} requests of kinds drawn with {@code seed}: kind index, status, nanoseconds. */
  private static List<long[]> send(
      HttpClient client, URI base, List<Kind> kinds, int count, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    List<long[]> results = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int k = pick(random, kinds.size());
      Kind kind = kinds.get(k);
      HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(kind.path()));
      if (kind.body() == null) {
        b.GET();
      } else {
        b.header("Content-Type", kind.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(kind.body()));
      }
      long start = System.nanoTime();
      int status;
      try {
        status = client.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      } catch (IOException e) {
        // The server answers a body over its limit with 413 and closes the connection at once; a
        // client still sending then may see the connection reset before it reads the 413 (curl
        // avoids this with Expect: 100-continue; JDK 17's client hangs on it). Only there is a
        // closed connection expected; anywhere else it counts as a server error.
        status = kind.expected().contains(0) ? 0 : 599;
        if (Boolean.getBoolean("load.debug")) {
          System.err.println(kind.name() + ": " + e);
        }
      }
      results.add(new long[] {k, status, System.nanoTime() - start});
    }
    return results;
  }

  /** Mostly valid requests: the first five kinds get two thirds of the draws. */
  private static int pick(SplittableRandom random, int kinds) {
    return random.nextInt(3) < 2 ? random.nextInt(5) : 5 + random.nextInt(kinds - 5);
  }

  private static double percentile(List<Long> values, double p) {
    if (values == null || values.isEmpty()) {
      return Double.NaN;
    }
    long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }
}
