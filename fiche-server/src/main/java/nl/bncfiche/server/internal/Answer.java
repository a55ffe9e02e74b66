package nl.bncfiche.server.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A complete response, made before anything is sent: work that runs past its time limit is then
 * answered with 503 without a half-written body. Immutable; the body is never changed after it is
 * made.
 */
final class Answer {
  private final int status;
  private final String contentType;
  private final Map<String, String> headers;
  private final byte[] body;

  private Answer(int status, String contentType, Map<String, String> headers, byte[] body) {
    this.status = status;
    this.contentType = contentType;
    this.headers = headers;
    this.body = body;
  }

  static Answer of(int status, String contentType, String body) {
    return of(status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  static Answer of(int status, String contentType, byte[] body) {
    return new Answer(status, contentType, Map.of(), body);
  }

  Answer with(String header, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(header, value);
    return new Answer(status, contentType, Map.copyOf(h), body);
  }

  int status() {
    return status;
  }

  String contentType() {
    return contentType;
  }

  Map<String, String> headers() {
    return headers;
  }

  /** The body itself, not a copy: callers only send it. */
  byte[] body() {
    return body;
  }
}
