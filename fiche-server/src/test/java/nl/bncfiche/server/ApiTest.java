package nl.bncfiche.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.server.report.Checked;
import nl.bncfiche.server.report.FicheContent;
import nl.bncfiche.server.report.JsonReport;
import nl.bncfiche.server.report.RulesJson;
import nl.bncfiche.validation.FicheValidator;
import nl.bncfiche.validation.Profile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every endpoint over real HTTP: valid, invalid, hostile, too large and of the wrong type. */
class ApiTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC);
  static final ObjectMapper JSON = new ObjectMapper();

  static FicheServer server;
  static Http http;

  @BeforeAll
  static void start() {
    server = FicheServer.builder().clock(CLOCK).maxBytes(1_000_000).start();
    http = new Http(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonNode json(HttpResponse<String> r) throws IOException {
    return JSON.readTree(r.body());
  }

  /** What the command line's JSON report says of {@code text} read as {@code name}. */
  static String libraryReport(String text, String name, Profile profile, boolean dutch) {
    FicheContent content = FicheContent.read(text, false, TextReader.create(), FicheJson::create);
    Checked checked = Checked.of(content, FicheValidator.builder().clock(CLOCK).build(), profile);
    return JsonReport.write(List.of(JsonReport.FileResult.of(name, checked, dutch)));
  }

  static void assertProblem(HttpResponse<String> r, int status, String type) throws IOException {
    assertThat(r.statusCode()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode p = json(r);
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("type").asText()).isEqualTo("tag:bncfiche.nl,2026:problem:" + type);
    assertThat(p.get("title").asText()).isNotBlank();
    assertThat(p.get("detail").asText()).isNotBlank();
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void validatesTextAsTheCommandLineReportsIt() {
    HttpResponse<String> r =
        http.post("/api/v1/validate", "text/plain; charset=utf-8", Http.exampleWithError());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(r.body())
        .isEqualTo(libraryReport(Http.exampleWithError(), "-", Profile.DEFINITIEF, true))
        .contains("\"rule\" : \"BNC-F-001\"", "\"line\" : 26", "\"valid\" : false");
  }

  @Test
  void takesProfileLanguageAndName() {
    HttpResponse<String> r =
        http.post(
            "/api/v1/validate?profile=concept&lang=en&name=mijn.txt",
            "text/plain",
            Http.exampleWithError());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .isEqualTo(libraryReport(Http.exampleWithError(), "mijn.txt", Profile.CONCEPT, false));
  }

  @Test
  void validatesJsonWithPositionsInTheJson() throws IOException {
    String asJson =
        http.post("/api/v1/render?to=json", "text/plain", Http.exampleWithError()).body();
    HttpResponse<String> r = http.post("/api/v1/validate", "application/json", asJson);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode issue = json(r).at("/files/0/issues/0");
    assertThat(issue.get("rule").asText()).isEqualTo("BNC-F-001");
    assertThat(issue.get("line").asInt()).isGreaterThan(1);
    // from= wins over the Content-Type
    assertThat(http.post("/api/v1/validate?from=json", "text/plain", asJson).body())
        .isEqualTo(r.body());
  }

  @Test
  void takesAMultipartUpload() throws IOException {
    String boundary = "grens7MA4YWxkTrZu0gW";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"fiche.txt\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n"
            + Http.exampleWithError()
            + "\r\n--"
            + boundary
            + "--\r\n";
    HttpResponse<String> r =
        http.post("/api/v1/validate", "multipart/form-data; boundary=" + boundary, body);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).at("/files/0/file").asText()).isEqualTo("fiche.txt");
    assertThat(json(r).at("/files/0/issues/0/line").asInt()).isEqualTo(26);

    String noFile =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--"
            + boundary
            + "--\r\n";
    assertProblem(
        http.post("/api/v1/validate", "multipart/form-data; boundary=" + boundary, noFile),
        400,
        "no-file");
    assertProblem(
        http.post("/api/v1/validate", "multipart/form-data; boundary=" + boundary, "garbage"),
        400,
        "bad-multipart");
  }

  @Test
  void refusesWhatIsNoFicheWithTheCommandLinesWordsAndAPlace() throws IOException {
    HttpResponse<String> empty = http.post("/api/v1/validate", "text/plain", "");
    assertProblem(empty, 422, "not-a-fiche");
    assertThat(json(empty).get("line").asInt()).isEqualTo(1);

    HttpResponse<String> brokenJson =
        http.post("/api/v1/validate?lang=en", "application/json", "{\"fiches\": [1, 2,]}");
    assertProblem(brokenJson, 422, "not-a-fiche");
    assertThat(json(brokenJson).get("detail").asText()).startsWith("not a valid fiche JSON at");

    HttpResponse<String> notUtf8 =
        http.post(
            "/api/v1/validate",
            "text/plain",
            HttpRequest.BodyPublishers.ofByteArray(new byte[] {'a', '\n', 'b', (byte) 0xFF}));
    assertProblem(notUtf8, 422, "not-utf-8");
    assertThat(json(notUtf8).get("detail").asText())
        .isEqualTo("geen UTF-8: byte 0xFF op positie 3");
    assertThat(json(notUtf8).get("line").asInt()).isEqualTo(2);
  }

  @Test
  void refusesUnknownTypesAndParameters() throws IOException {
    assertProblem(http.post("/api/v1/validate", "image/png", "x"), 415, "unsupported-format");
    assertProblem(http.post("/api/v1/validate", null, "x"), 415, "unsupported-format");
    HttpResponse<String> profile = http.post("/api/v1/validate?profile=streng", "text/plain", "x");
    assertProblem(profile, 400, "invalid-parameter");
    assertThat(json(profile).get("detail").asText())
        .isEqualTo("ongeldige waarde 'streng' voor profile; kies concept|definitief");
    HttpResponse<String> en =
        http.post("/api/v1/validate?profile=streng&lang=en", "text/plain", "x");
    assertThat(json(en).get("detail").asText())
        .isEqualTo("invalid value 'streng' for profile; choose concept|definitief");
    assertProblem(
        http.post("/api/v1/validate?from=pdf", "text/plain", "x"), 400, "invalid-parameter");
    assertProblem(
        http.post("/api/v1/validate?lang=fr", "text/plain", "x"), 400, "invalid-parameter");
    assertProblem(http.post("/api/v1/render", "text/plain", "x"), 400, "invalid-parameter");
    assertProblem(http.post("/api/v1/render?to=pdf", "text/plain", "x"), 400, "invalid-parameter");
    // a hostile value is quoted short
    HttpResponse<String> longValue =
        http.post("/api/v1/validate?profile=" + "x".repeat(5000), "text/plain", "x");
    assertThat(json(longValue).get("detail").asText()).hasSizeLessThan(120);
  }

  @Test
  void refusesTooLargeBodiesBeforeAndWhileReading() throws IOException {
    String big = "a".repeat(1_000_001);
    // Only the head is sent: the answer must come without the body. (A client that sends the body
    // at once may see the connection reset before it reads the 413, a race in HTTP/1.1 itself.)
    try (java.net.Socket socket = new java.net.Socket(server.uri().getHost(), server.port())) {
      socket.setSoTimeout(20_000);
      socket
          .getOutputStream()
          .write(
              ("POST /api/v1/validate HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                      + "Content-Length: 1000001\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
      String answer =
          new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      // not read: the connection is closed after the answer, and the client is told so
      assertThat(answer)
          .startsWith("HTTP/1.1 413 ")
          .contains("\r\nConnection: close\r\n", "tag:bncfiche.nl,2026:problem:too-large");
    }
    // a refused body within the limit is read and dropped: the connection stays open
    HttpResponse<String> refused =
        http.post("/api/v1/validate?profile=x", "text/plain", "a".repeat(500_000));
    assertProblem(refused, 400, "invalid-parameter");
    assertThat(refused.headers().firstValue("Connection")).isEmpty();
    // no Content-Length: chunked, refused one byte past the limit
    HttpRequest.BodyPublisher chunked =
        HttpRequest.BodyPublishers.ofInputStream(
            () -> new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)));
    assertProblem(http.post("/api/v1/render?to=text", "text/plain", chunked), 413, "too-large");
    // exactly the limit is read (and is no fiche)
    assertProblem(
        http.post("/api/v1/validate", "text/plain", "a".repeat(1_000_000)), 422, "not-a-fiche");
  }

  @Test
  void rendersEveryFormatAndEscapesHtml() throws IOException {
    String hostile =
        Http.example()
            .replace(
                "Fiche: Actieplan voor schone binnenhavens\n\n1.",
                "Fiche: Actieplan <script>alert(1)</script>\n\n1.");
    HttpResponse<String> html = http.post("/api/v1/render?to=html", "text/plain", hostile);
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
    assertThat(html.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(html.body()).doesNotContain("<script>alert(1)");
    assertThat(html.headers().firstValue("Content-Security-Policy").orElseThrow())
        .startsWith("sandbox;")
        .contains("default-src 'none'");

    HttpResponse<String> text = http.post("/api/v1/render?to=text", "text/plain", Http.example());
    assertThat(text.headers().firstValue("Content-Type")).hasValue("text/plain;charset=utf-8");
    assertThat(text.body()).contains("Actieplan voor schone binnenhavens");
    HttpResponse<String> md = http.post("/api/v1/render?to=markdown", "text/plain", Http.example());
    assertThat(md.headers().firstValue("Content-Type")).hasValue("text/markdown;charset=utf-8");
    assertThat(md.body()).contains("# ");
    HttpResponse<String> json = http.post("/api/v1/render?to=json", "text/plain", Http.example());
    assertThat(json.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(json(json).get("fiches").size()).isEqualTo(1);
    // the canonical text read back renders the same
    assertThat(http.post("/api/v1/render?to=text", "text/plain", text.body()).body())
        .isEqualTo(text.body());
  }

  @Test
  void listsTheRulesAsTheCommandLineDoes() {
    HttpResponse<String> r = http.get("/api/v1/rules");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(RulesJson.write()).contains("\"id\" : \"BNC-F-001\"");
  }

  @Test
  void answersUnknownPathsAndMethodsWithProblems() throws IOException {
    assertProblem(http.get("/api/v2/validate"), 404, "not-found");
    // Jetty refuses a path that climbs above the root itself
    assertProblem(http.get("/../../etc/passwd"), 400, "http-400");
    HttpResponse<String> get = http.get("/api/v1/validate");
    assertProblem(get, 405, "method-not-allowed");
    assertThat(get.headers().firstValue("Allow")).hasValue("POST");
    assertProblem(http.post("/api/v1/rules", "text/plain", "x"), 405, "method-not-allowed");
  }

  @Test
  void malformedHttpGetsAProblemWithoutStackTrace() throws IOException {
    try (Socket s = new Socket(server.uri().getHost(), server.port())) {
      OutputStream out = s.getOutputStream();
      out.write("GET /\u0001bad HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      assertThat(answer).startsWith("HTTP/1.1 400");
      assertThat(answer).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Test
  void everyAnswerCarriesTheSecurityHeadersAndNoCors() {
    for (HttpResponse<String> r :
        List.of(
            http.get("/"),
            http.get("/app.js"),
            http.get("/api/v1/rules"),
            http.get("/nothing"),
            http.post("/api/v1/validate", "text/plain", Http.example()))) {
      String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
      assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'");
      assertThat(csp).doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
      assertThat(r.headers().firstValue("Server")).isEmpty();
    }
    HttpResponse<String> preflight =
        http.send(
            HttpRequest.newBuilder(server.uri().resolve("/api/v1/validate"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://elders.example")
                .header("Access-Control-Request-Method", "POST")
                .build());
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void servesThePageWithoutInlineScript() {
    for (String path : List.of("/", "/regels")) {
      HttpResponse<String> page = http.get(path);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
      assertThat(page.body()).contains("<html lang=\"nl\">", "<script src=\"/app.js\" defer>");
      assertThat(page.body().replace("<script src=\"/app.js\" defer></script>", ""))
          .doesNotContain("<script")
          .doesNotContainIgnoringCase(" on" + "click=");
    }
    assertThat(http.get("/app.css").headers().firstValue("Content-Type"))
        .hasValue("text/css;charset=utf-8");
    assertThat(http.get("/app.js").body()).doesNotContain("innerHTML").doesNotContain("eval(");
  }
}
