package nl.bncfiche.server.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A complete response, made before anything is sent: work that runs past its time limit is then
 * answered with 503 without a half-written body.
 */
record Answer(int status, String contentType, Map<String, String> headers, byte[] body) {
  static Answer of(int status, String contentType, String body) {
    return new Answer(
        status, contentType, new LinkedHashMap<>(), body.getBytes(StandardCharsets.UTF_8));
  }

  static Answer of(int status, String contentType, byte[] body) {
    return new Answer(status, contentType, new LinkedHashMap<>(), body);
  }

  Answer with(String header, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(header, value);
    return new Answer(status, contentType, h, body);
  }
}
