package nl.bncfiche.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.fixture.Corpus;
import nl.bncfiche.model.fixture.SampleDocuments;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.FicheGenerator;
import nl.bncfiche.testing.VoorbeeldFiches;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutation fuzzing of the text reader and the JSON reader: only their documented exceptions escape,
 * every input finishes within {@link #TIME_BOUND_SECONDS}, and what reads is written, validated and
 * read back (see {@link ReaderOracle}).
 *
 * <p>{@code -Dbncfiche.fuzz.inputs=N} sets the number of inputs (default 10,000: 60% text, 40%
 * JSON), {@code -Dbncfiche.fuzz.seed=S} the run's seed (default fixed, so CI is reproducible). A
 * failing input is written to {@code target/fuzz-failures/} and named with its seed and index; add
 * it to {@code src/test/resources/regressions/} once fixed.
 */
class FuzzTest {
  static final int TIME_BOUND_SECONDS = 2;
  private static final int MAX_REPORTED = 10;

  private static ExecutorService executor;

  @TempDir static Path scratchDir;

  @BeforeAll
  static void start() {
    executor =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "fuzz");
              t.setDaemon(true);
              return t;
            });
  }

  @AfterAll
  static void stop() {
    executor.shutdownNow();
  }

  static long inputs() {
    return Long.getLong("bncfiche.fuzz.inputs", 10_000L);
  }

  /**
   * With {@code -Dbncfiche.fuzz.minutes=M}, the run is bounded by time instead of by count: each
   * test gets its share of M minutes (as of the inputs) and fuzzes until it is used up.
   */
  static long deadline(long sharePerTen) {
    long minutes = Long.getLong("bncfiche.fuzz.minutes", 0L);
    return minutes <= 0
        ? Long.MAX_VALUE
        : System.nanoTime() + minutes * 6_000_000_000L * sharePerTen;
  }

  static long seed() {
    return Long.getLong("bncfiche.fuzz.seed", 20_260_101L);
  }

  @Test
  void textReader() throws Exception {
    long n = inputs() * 6 / 10;
    // Reading is what is fuzzed; writing, validating and reading back every fifth input keeps the
    // run
    // short in CI (-Dbncfiche.fuzz.deepEvery=1 checks every input).
    long deepEvery = Math.max(1, Long.getLong("bncfiche.fuzz.deepEvery", 5L));
    run(
        "text",
        new Mutator(textSeeds(seed()), seed()),
        n,
        deadline(6),
        (o, i, b) -> o.checkText(b, i % deepEvery == 0));
  }

  /**
   * The text reader on mutations of the real corpus's renderings; a test of its own, skipped
   * without the corpus, so that its presence changes no other test's inputs.
   */
  @Test
  void textReaderOnTheRealCorpus() throws Exception {
    long n = inputs() * 2 / 10;
    long deepEvery = Math.max(1, Long.getLong("bncfiche.fuzz.deepEvery", 5L));
    run(
        "corpus",
        new Mutator(corpusSeeds(), seed() + 2),
        n,
        deadline(2),
        (o, i, b) -> o.checkText(b, i % deepEvery == 0));
  }

  @Test
  void jsonReader() throws Exception {
    long n = inputs() - inputs() * 6 / 10;
    run(
        "json",
        new Mutator(jsonSeeds(seed()), seed() + 1),
        n,
        deadline(2),
        (o, i, b) -> o.checkJson(b));
  }

  /** Canonical text of generated and sample documents. */
  static List<String> textSeeds(long seed) {
    List<String> seeds = new ArrayList<>();
    TextWriter w = TextWriter.create();
    for (KamerstukDocument d : documents(seed)) {
      seeds.add(w.write(d));
    }
    return seeds;
  }

  /**
   * The texts of the real corpus, in every rendering it holds; skips the calling test without it.
   */
  static List<String> corpusSeeds() throws IOException {
    List<String> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Corpus.require())) {
      for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        seeds.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return seeds;
  }

  /** The JSON of generated and sample documents. */
  static List<String> jsonSeeds(long seed) {
    List<String> seeds = new ArrayList<>();
    for (KamerstukDocument d : documents(seed)) {
      seeds.add(FicheJson.create().write(d));
    }
    return seeds;
  }

  private static List<KamerstukDocument> documents(long seed) {
    List<KamerstukDocument> docs = new ArrayList<>();
    docs.add(SampleDocuments.volledig());
    docs.add(VoorbeeldFiches.mededeling());
    docs.add(VoorbeeldFiches.wetgeving());
    FicheGenerator gen = FicheGenerator.withSeed(seed);
    for (int i = 0; i < 12; i++) {
      docs.add(gen.validDocument());
    }
    for (int i = 0; i < 4; i++) {
      docs.add(KamerstukDocument.of(gen.validFiche()));
    }
    return docs;
  }

  interface Check {
    void apply(ReaderOracle oracle, long index, byte[] input);
  }

  private void run(String kind, Mutator mutator, long n, long deadline, Check check)
      throws Exception {
    ReaderOracle oracle = new ReaderOracle(Files.createTempFile(scratchDir, kind, ".in"));
    List<String> failures = new ArrayList<>();
    boolean timed = deadline != Long.MAX_VALUE;
    long i = 0;
    for (; (timed ? System.nanoTime() < deadline : i < n) && failures.size() < MAX_REPORTED; i++) {
      byte[] input = mutator.input(i);
      long index = i;
      Future<?> f = executor.submit(() -> check.apply(oracle, index, input));
      String failure = null;
      try {
        f.get(TIME_BOUND_SECONDS, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        f.cancel(true);
        // The stuck thread cannot be stopped: continue on a fresh one. A busy machine can slow one
        // input down, so a timeout counts only when a second run with five times the bound also
        // times out.
        executor.shutdownNow();
        start();
        Future<?> again = executor.submit(() -> check.apply(oracle, index, input));
        try {
          again.get(5L * TIME_BOUND_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e2) {
          again.cancel(true);
          failure =
              "took longer than "
                  + TIME_BOUND_SECONDS
                  + " s, and then "
                  + 5 * TIME_BOUND_SECONDS
                  + " s";
          executor.shutdownNow();
          start();
        } catch (ExecutionException e2) {
          failure = "after a timeout: " + e2.getCause();
        }
      } catch (ExecutionException e) {
        Throwable c = e.getCause();
        failure = c.getClass().getName() + ": " + firstLine(c.getMessage());
        StackTraceElement[] st = c.getStackTrace();
        if (st.length > 0) {
          failure += " at " + st[0];
        }
      }
      if (failure != null) {
        Path file = save(kind, seed(), i, input);
        failures.add(kind + " seed " + seed() + " input " + i + " (" + file + "): " + failure);
      }
    }
    // The count is what a timed run reports; Surefire keeps it in the test's output file.
    System.out.printf(
        Locale.ROOT,
        "fuzz %s: %d inputs, %d failures (seed %d)%n",
        kind,
        i,
        failures.size(),
        seed());
    assertThat(failures).as("fuzz failures of the %s reader (seed %d)", kind, seed()).isEmpty();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  private static Path save(String kind, long seed, long index, byte[] input) throws IOException {
    Path dir = Path.of("target", "fuzz-failures");
    Files.createDirectories(dir);
    String ext = kind.equals("json") ? ".json" : ".txt";
    Path file = dir.resolve(String.format(Locale.ROOT, "%s-%d-%d%s", kind, seed, index, ext));
    Files.write(file, input);
    return file;
  }
}
