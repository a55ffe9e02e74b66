package nl.bncfiche.server;

import static nl.bncfiche.server.ApiTest.assertProblem;
import static nl.bncfiche.server.ApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import nl.bncfiche.docx.DocxReader;
import nl.bncfiche.docx.DocxWriter;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.rendering.text.TextReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Word documents (.docx) in and out over HTTP, as the page sends and downloads them. */
class DocxApiTest {
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  static FicheServer server;
  static Http http;

  @BeforeAll
  static void start() {
    server = FicheServer.builder().clock(ApiTest.CLOCK).maxBytes(1_000_000).start();
    http = new Http(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static KamerstukDocument read(String text) {
    return TextReader.create().read(text).getDocument();
  }

  private static HttpResponse<String> post(String path, String type, byte[] body) {
    return http.post(path, type, HttpRequest.BodyPublishers.ofByteArray(body));
  }

  /** A multipart body whose part {@code file} is {@code content}, named {@code name}. */
  private static byte[] multipart(String boundary, String name, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    out.writeBytes(head);
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @Test
  void validatesAWordDocumentWithItsFindingsAtParagraphs() throws IOException {
    byte[] docx = DocxWriter.create().write(read(Http.exampleWithError()));
    HttpResponse<String> r = post("/api/v1/validate?name=fiche.docx", DOCX, docx);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(json(r).at("/files/0/file").asText()).isEqualTo("fiche.docx");
    assertThat(json(r).at("/files/0/valid").asBoolean()).isFalse();
    var issue = json(r).at("/files/0/issues/0");
    assertThat(issue.get("rule").asText()).isEqualTo("BNC-F-001");
    assertThat(issue.get("paragraph").asInt()).isPositive();
    assertThat(issue.get("line").asInt()).isEqualTo(issue.get("paragraph").asInt());

    // as the page sends it: a multipart upload whose format is the file name's extension
    String boundary = "grensDocx0123456789";
    HttpResponse<String> m =
        post(
            "/api/v1/validate",
            "multipart/form-data; boundary=" + boundary,
            multipart(boundary, "ontwerp.docx", docx));
    assertThat(m.statusCode()).as(m.body()).isEqualTo(200);
    assertThat(json(m).at("/files/0/file").asText()).isEqualTo("ontwerp.docx");
    assertThat(json(m).at("/files/0/issues/0/rule").asText()).isEqualTo("BNC-F-001");
  }

  @Test
  void rendersToAWordDocumentThatReadsBackToTheSameFiche() {
    HttpResponse<byte[]> r =
        http.postForBytes("/api/v1/render?to=docx", "text/plain", Http.example());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue(DOCX);
    assertThat(r.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"fiche.docx\"");
    KamerstukDocument expected = read(Http.example());
    assertThat(r.body()).isEqualTo(DocxWriter.create().write(expected));
    assertThat(DocxReader.create().read(r.body()).getDocument()).isEqualTo(expected);
    // and a .docx in renders to text as its canonical text
    HttpResponse<String> text = post("/api/v1/render?to=text", DOCX, r.body());
    assertThat(text.statusCode()).isEqualTo(200);
    assertThat(read(text.body())).isEqualTo(expected);
  }

  @Test
  void anOldWordDocumentIsRefusedWithTheReason() throws IOException {
    byte[] ole = new byte[4096];
    byte[] signature = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    System.arraycopy(signature, 0, ole, 0, signature.length);
    String boundary = "grensOudWord42";
    HttpResponse<String> r =
        post(
            "/api/v1/validate",
            "multipart/form-data; boundary=" + boundary,
            multipart(boundary, "oud.doc", ole));
    assertProblem(r, 422, "not-a-fiche");
    assertThat(json(r).get("detail").asText()).contains("oude Word-formaat").contains(".docx");
    assertThat(json(r).has("line")).isFalse();

    HttpResponse<String> notAZip = post("/api/v1/validate?lang=en", DOCX, new byte[] {1, 2, 3});
    assertProblem(notAZip, 422, "not-a-fiche");
    assertThat(json(notAZip).get("detail").asText()).doesNotContain("Exception");
  }

  @Test
  void aWordDocumentOverTheLimitIsRefused() throws IOException {
    byte[] big = Arrays.copyOf(DocxWriter.create().write(read(Http.example())), 1_000_001);
    assertProblem(post("/api/v1/validate", DOCX, big), 413, "too-large");
  }
}
