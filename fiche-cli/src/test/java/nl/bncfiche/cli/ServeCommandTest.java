package nl.bncfiche.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fiche serve} in a JVM of its own: its address, its answers, Ctrl-C, a busy port. */
class ServeCommandTest {
  @TempDir Path dir;

  static final String FICHE = examplewithError();

  static String examplewithError() {
    try {
      return Files.readString(Path.of("..", "examples", "voorbeeld-fiche.txt"))
          .replace("\nCOM(2026) 61 final\n", "\nCOM 61\n");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Process serve(String... args) throws IOException {
    return serve(List.of(), args);
  }

  private Process serve(List<String> jvmOptions, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    String classPath = System.getProperty("surefire.test.class.path");
    command.add(classPath != null ? classPath : System.getProperty("java.class.path"));
    command.add(FicheCli.class.getName());
    command.add("serve");
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .directory(dir.toFile())
        .redirectError(dir.resolve("err.txt").toFile())
        .start();
  }

  @Test
  void servesUntilCtrlCAndAnswersAsTheCommandLine() throws Exception {
    Process p = serve("--port", "0");
    try {
      URI base = address(p);

      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> page =
          client.send(HttpRequest.newBuilder(base).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<html lang=\"nl\">");

      HttpResponse<String> report =
          client.send(
              HttpRequest.newBuilder(base.resolve("/api/v1/validate?profile=concept"))
                  .header("Content-Type", "text/plain")
                  .POST(HttpRequest.BodyPublishers.ofString(FICHE))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(report.statusCode()).isEqualTo(200);
      // the same bytes as the command line's JSON report of the same fiche from standard input
      ByteArrayOutputStream cli = new ByteArrayOutputStream();
      int exit =
          FicheCli.run(
              new String[] {"validate", "--format", "json", "--profile", "concept", "-"},
              new ByteArrayInputStream(FICHE.getBytes(StandardCharsets.UTF_8)),
              new PrintStream(cli, true, StandardCharsets.UTF_8),
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      assertThat(exit).isEqualTo(FicheCli.INVALID);
      assertThat(report.body()).isEqualTo(cli.toString(StandardCharsets.UTF_8));

      assumeTrue(Files.isExecutable(Path.of("/bin/kill")), "no /bin/kill to send Ctrl-C with");
      new ProcessBuilder("/bin/kill", "-INT", Long.toString(p.pid())).start().waitFor();
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("stopped after Ctrl-C").isTrue();
      assertThat(p.exitValue()).isEqualTo(130);
      String err = Files.readString(dir.resolve("err.txt"));
      assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
      // the port is free again
      try (ServerSocket again = new ServerSocket(base.getPort())) {
        assertThat(again.getLocalPort()).isEqualTo(base.getPort());
      }
    } finally {
      p.destroyForcibly();
    }
  }

  /** The address {@code fiche serve} prints on its first line, within a minute. */
  private static URI address(Process p) throws Exception {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String first =
        CompletableFuture.supplyAsync(
                () -> {
                  try {
                    return out.readLine();
                  } catch (IOException e) {
                    return null;
                  }
                })
            .get(60, TimeUnit.SECONDS);
    assertThat(first).matches("fiche serve: http://127\\.0\\.0\\.1:\\d+/ \\(stop met Ctrl-C\\)");
    return URI.create(first.substring("fiche serve: ".length(), first.indexOf(" (")));
  }

  @Test
  void nothingOfAFicheIsWrittenToDiskOrToTheLog() throws Exception {
    // A temporary folder of its own and an empty working folder: whatever the server wrote of
    // an upload (a multipart part spilled to disk, a log) would land in one of them.
    Path tmp = Files.createDirectory(dir.resolve("tmp"));
    Process p = serve(List.of("-Djava.io.tmpdir=" + tmp), "--port", "0");
    try {
      URI base = address(p);
      HttpClient client = HttpClient.newHttpClient();
      String secret = "Vertrouwelijk-ontwerp-7f3a";
      String fiche = FICHE.replace("Actieplan voor schone binnenhavens", secret);
      // large enough that a server which spills parts over a memory threshold would
      String padded = fiche + "\n" + "Een lange alinea van een ontwerp. ".repeat(20_000);
      String boundary = "grensNietOpSchijf";
      String multipart =
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ontwerp.txt\"\r\n"
              + "Content-Type: application/octet-stream\r\n\r\n"
              + padded
              + "\r\n--"
              + boundary
              + "--\r\n";
      List<HttpRequest> requests =
          List.of(
              post(base, "/api/v1/validate", "text/plain", fiche),
              post(
                  base, "/api/v1/validate", "multipart/form-data; boundary=" + boundary, multipart),
              post(base, "/api/v1/render?to=html", "text/plain", padded),
              post(base, "/api/v1/render?to=docx", "text/plain", fiche),
              post(base, "/api/v1/validate", "text/plain", "geen fiche " + secret));
      for (HttpRequest r : requests) {
        HttpResponse<byte[]> answer = client.send(r, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isIn(200, 422);
      }
      p.destroy();
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
      try (var left = Files.list(tmp)) {
        assertThat(left).as("files in the server's temporary folder").isEmpty();
      }
      try (var left = Files.list(dir)) {
        assertThat(left.map(f -> f.getFileName().toString()))
            .as("files in the server's working folder")
            .containsExactlyInAnyOrder("tmp", "err.txt");
      }
      assertThat(Files.readString(dir.resolve("err.txt"))).doesNotContain(secret);
    } finally {
      p.destroyForcibly();
    }
  }

  private static HttpRequest post(URI base, String path, String type, String body) {
    return HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }

  @Test
  void aPortInUseIsAClearError() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      FicheCliTest.Run r =
          CliProcess.in(dir)
              .run("serve", "--host", "127.0.0.1", "--port", "" + taken.getLocalPort());
      assertThat(r.exit).isEqualTo(FicheCli.UNUSABLE);
      assertThat(r.err)
          .isEqualTo(
              "fiche: kan niet luisteren op 127.0.0.1:"
                  + taken.getLocalPort()
                  + ": het adres is in gebruik of hoort niet bij deze computer\n");
    }
  }

  @Test
  void aPortOutOfRangeIsAUsageError() {
    FicheCliTest.Run r = FicheCliTest.run("serve", "--port", "70000", "--lang", "en");
    assertThat(r.exit).isEqualTo(FicheCli.UNUSABLE);
    assertThat(r.err).isEqualTo("fiche: --port must be 0 to 65535, not 70000.\n");
  }
}
