package nl.bncfiche.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The server's bounds: concurrent work, time per request, address, CORS only when configured. */
class BoundsTest {
  /**
   * A request whose body is announced as 1,000 bytes but of which only the first line is sent: the
   * server's work on it waits for the rest, until the socket is closed.
   */
  static Socket heldRequest(FicheServer server) throws IOException {
    Socket s = new Socket(server.uri().getHost(), server.port());
    s.setSoTimeout(20_000);
    OutputStream out = s.getOutputStream();
    String head =
        String.join(
            "\r\n",
            "POST /api/v1/validate HTTP/1.1",
            "Host: localhost",
            "Content-Type: text/plain",
            "Content-Length: 1000",
            "",
            "x\n");
    out.write(head.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    return s;
  }

  @Test
  void workBeyondTheBoundIsRefusedAtOnceWithRetryAfter() throws Exception {
    // A time limit far beyond the test's wait, so that the held request cannot run out of time
    // (and free its permit) before a second request has met it.
    try (FicheServer server =
        FicheServer.builder().maxConcurrent(1).timeLimit(Duration.ofMinutes(2)).start()) {
      Http http = new Http(server);
      HttpResponse<String> second = null;
      List<Socket> held = new ArrayList<>();
      StringBuilder seen = new StringBuilder();
      try {
        // A held request takes the only permit once Jetty hands it to the server's handler. The
        // first probe can overtake it (its connection is open already, the held one's is new):
        // the held request is then the one refused as busy, and waits for the rest of its body
        // before that answer is sent. Sending the rest shows which happened; a lost race is
        // retried on a new connection.
        for (int attempt = 1; attempt <= 5; attempt++) {
          Socket s = heldRequest(server);
          held.add(s);
          Thread.sleep(100);
          long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
          second = http.post("/api/v1/validate", "text/plain", Http.example());
          while (second.statusCode() != 503 && System.nanoTime() < deadline) {
            Thread.sleep(10);
            second = http.post("/api/v1/validate", "text/plain", Http.example());
          }
          if (second.statusCode() == 503) {
            break;
          }
          seen.append("held request ").append(attempt).append(" got: ").append(finish(s));
          seen.append("; ");
        }
        if (seen.length() > 0) {
          System.out.println("BoundsTest: " + seen); // in the Surefire report, for the record
        }
        assertThat(second.statusCode()).as(seen.toString()).isEqualTo(503);
        assertThat(second.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(second.body()).contains("tag:bncfiche.nl,2026:problem:busy");
        // the page and the rule list are no work: still served
        assertThat(http.get("/api/v1/rules").statusCode()).isEqualTo(200);
      } finally {
        for (Socket s : held) {
          s.close();
        }
      }
      // once the held requests are gone, the permit is free again
      HttpResponse<String> after = null;
      for (int i = 0; i < 500; i++) {
        after = http.post("/api/v1/validate", "text/plain", Http.example());
        if (after.statusCode() == 200) {
          break;
        }
        Thread.sleep(20);
      }
      assertThat(after.statusCode()).isEqualTo(200);
    }
  }

  /**
   * Sends the rest of a held request's body and returns the first line of the answer, or what
   * happened instead.
   */
  private static String finish(Socket s) {
    try {
      s.getOutputStream().write("y".repeat(998).getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      s.setSoTimeout(10_000);
      byte[] b = new byte[200];
      int n = s.getInputStream().read(b);
      return n < 0
          ? "closed"
          : new String(b, 0, n, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
    } catch (IOException e) {
      return e.getClass().getSimpleName();
    }
  }

  @Test
  void aRequestPastItsTimeLimitGets503() throws Exception {
    try (FicheServer server =
            FicheServer.builder().timeLimit(Duration.ofMillis(300)).maxConcurrent(2).start();
        Socket held = heldRequest(server)) {
      long start = System.nanoTime();
      String answer = new String(held.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      assertThat(answer)
          .startsWith("HTTP/1.1 503")
          .contains("Retry-After: 1")
          .contains("tag:bncfiche.nl,2026:problem:time-limit")
          .contains("Het verzoek duurde langer dan 1 s");
      assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(10));
    }
  }

  @Test
  void aTimeLimitOfAnyLengthIsAccepted() throws Exception {
    try (FicheServer server =
        FicheServer.builder().timeLimit(Duration.ofSeconds(Long.MAX_VALUE)).start()) {
      HttpResponse<String> r =
          new Http(server).post("/api/v1/validate", "text/plain", Http.example());
      assertThat(r.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void listensOnLoopbackUnlessToldOtherwise() {
    try (FicheServer server = FicheServer.builder().start()) {
      assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
      assertThat(server.uri().toString()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
    }
  }

  @Test
  void aPortInUseIsAnErrorAtStart() {
    try (FicheServer first = FicheServer.builder().start()) {
      assertThatThrownBy(() -> FicheServer.builder().port(first.port()).start())
          .isInstanceOf(java.io.UncheckedIOException.class);
    }
  }

  @Test
  void corsOnlyForConfiguredOrigins() {
    try (FicheServer server =
        FicheServer.builder().corsOrigins(List.of("https://intranet.example")).start()) {
      HttpClient client = HttpClient.newHttpClient();
      for (String origin : List.of("https://intranet.example", "https://elders.example")) {
        HttpResponse<String> r =
            new Http(server)
                .send(
                    HttpRequest.newBuilder(server.uri().resolve("/api/v1/rules"))
                        .header("Origin", origin)
                        .GET()
                        .build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin"))
            .isEqualTo(
                origin.equals("https://intranet.example")
                    ? java.util.Optional.of(origin)
                    : java.util.Optional.empty());
      }
      assertThat(client).isNotNull();
    }
  }
}
