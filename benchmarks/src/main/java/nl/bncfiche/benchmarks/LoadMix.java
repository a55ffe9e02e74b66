package nl.bncfiche.benchmarks;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import nl.bncfiche.server.FicheServer;

/**
 * The requests of the server's load test: two thirds valid (validate text and JSON, render HTML and
 * Markdown, the rule list), one third invalid or hostile; each with the statuses that are right for
 * it.
 */
final class LoadMix {
  private LoadMix() {}

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

  /** The kinds of request, sent to {@code server} once to turn the example into JSON. */
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

  /** Mostly valid requests: the first five kinds get two thirds of the draws. */
  static int pick(SplittableRandom random, int kinds) {
    return random.nextInt(3) < 2 ? random.nextInt(5) : 5 + random.nextInt(kinds - 5);
  }
}
