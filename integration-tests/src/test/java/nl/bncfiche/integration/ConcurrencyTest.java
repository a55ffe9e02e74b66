package nl.bncfiche.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.rendering.html.HtmlWriter;
import nl.bncfiche.rendering.markdown.MarkdownWriter;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.FicheGenerator;
import nl.bncfiche.validation.FicheValidator;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * One shared reader, writers, JSON binding and validator, used from 8 threads over thousands of
 * generated documents, give exactly the results of one thread.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int DOCUMENTS = 1_200;

  private final TextReader reader = TextReader.create();
  private final TextWriter text = TextWriter.create();
  private final MarkdownWriter markdown = MarkdownWriter.create();
  private final HtmlWriter html = HtmlWriter.create();
  private final FicheJson json = FicheJson.create();
  private final FicheValidator validator = Today.validator();

  /** Everything the library computes for one document. */
  private static final class Results {
    final String text;
    final String markdown;
    final String html;
    final String json;
    final KamerstukDocument read;
    final List<String> warnings;
    final KamerstukDocument fromJson;
    final ValidationReport report;

    Results(
        String text,
        String markdown,
        String html,
        String json,
        KamerstukDocument read,
        List<String> warnings,
        KamerstukDocument fromJson,
        ValidationReport report) {
      this.text = text;
      this.markdown = markdown;
      this.html = html;
      this.json = json;
      this.read = read;
      this.warnings = warnings;
      this.fromJson = fromJson;
      this.report = report;
    }

    void assertSameAs(Results o, String what) {
      assertThat(text).as(what).isEqualTo(o.text);
      assertThat(markdown).as(what).isEqualTo(o.markdown);
      assertThat(html).as(what).isEqualTo(o.html);
      assertThat(json).as(what).isEqualTo(o.json);
      assertThat(read).as(what).isEqualTo(o.read);
      assertThat(warnings).as(what).isEqualTo(o.warnings);
      assertThat(fromJson).as(what).isEqualTo(o.fromJson);
      assertThat(report).as(what).isEqualTo(o.report);
    }
  }

  private Results compute(KamerstukDocument doc) {
    String t = text.write(doc);
    String j = json.write(doc);
    var r = reader.read(t);
    return new Results(
        t,
        markdown.write(doc),
        html.write(doc),
        j,
        r.getDocument(),
        r.getWarnings(),
        json.read(j),
        validator.validate(doc, Profile.DEFINITIEF));
  }

  @Test
  void eightThreadsGiveTheSingleThreadedResults() throws Exception {
    long seed = 4_242L;
    List<KamerstukDocument> docs = new ArrayList<>(DOCUMENTS);
    FicheGenerator gen = FicheGenerator.withSeed(seed);
    for (int i = 0; i < DOCUMENTS; i++) {
      // Some documents carry stray text, so that the reader's warnings are compared too.
      docs.add(i % 10 == 0 ? KamerstukDocument.of(gen.validFiche()) : gen.validDocument());
    }
    List<Results> expected = new ArrayList<>(DOCUMENTS);
    for (KamerstukDocument d : docs) {
      expected.add(compute(d));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Results>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  // Thread t takes every eighth document from t on: all eight share every object at
                  // once.
                  List<Results> out = new ArrayList<>();
                  for (int i = thread; i < DOCUMENTS; i += THREADS) {
                    out.add(compute(docs.get(i)));
                  }
                  return out;
                }));
      }
      start.countDown();
      for (int t = 0; t < THREADS; t++) {
        List<Results> got = futures.get(t).get(5, TimeUnit.MINUTES);
        for (int k = 0; k < got.size(); k++) {
          int i = t + k * THREADS;
          got.get(k)
              .assertSameAs(expected.get(i), "seed " + seed + ", thread " + t + ", document " + i);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
