package nl.bncfiche.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Routes each request to the page or the API, and does the work of {@code POST} requests under the
 * server's bounds: at most {@code maxConcurrent} at once (more get 503 at once), each within the
 * time limit (past it, 503). The work runs on the thread that handles the request: handing it to
 * another pool and waiting for it cost two thread wake-ups per request, and on a small machine
 * those were most of the latency's tail. Every response carries the security headers.
 */
final class Routes extends Handler.Abstract {
  /** No inline script; inline style only for the HTML writer's stylesheet in the preview. */
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'"
          + " data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors"
          + " 'none'";

  private static final Map<String, StaticFile> PAGES =
      Map.of(
          "/", new StaticFile("index.html", "text/html;charset=utf-8"),
          "/index.html", new StaticFile("index.html", "text/html;charset=utf-8"),
          "/regels", new StaticFile("regels.html", "text/html;charset=utf-8"),
          "/app.js", new StaticFile("app.js", "text/javascript;charset=utf-8"),
          "/app.css", new StaticFile("app.css", "text/css;charset=utf-8"));

  private final Api api;
  private final Semaphore permits;
  private final Watchdog watchdog;
  private final long timeLimitSeconds;
  private final long maxBytes;

  Routes(Api api, int maxConcurrent, Watchdog watchdog, long timeLimitMillis, long maxBytes) {
    this.api = api;
    this.maxBytes = maxBytes;
    this.permits = new Semaphore(maxConcurrent);
    this.watchdog = watchdog;
    this.timeLimitSeconds = Math.max(1, timeLimitMillis / 1000);
  }

  /** A file of the page, read once from the jar. */
  record StaticFile(String resource, String contentType) {
    Answer answer() {
      return Answer.of(200, contentType, Api.resource(resource));
    }
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Answer answer;
    Fields query;
    try {
      query = Request.extractQueryParameters(request);
    } catch (RuntimeException e) {
      query = new Fields();
    }
    boolean dutch = Api.dutch(query);
    try {
      answer = route(request, response, callback, query, dutch);
    } catch (Unusable e) {
      answer = e.answer(dutch);
    } catch (RuntimeException e) {
      answer = internal(e, dutch);
    }
    if (answer == null) {
      return true; // past the time limit: the watchdog has answered
    }
    if (answer.status() != 200
        && answer.status() != 422
        && !answer.headers().containsKey("Connection")
        && hasBody(request)
        && !drained(request)) {
      // The body was not read to its end: Jetty closes the connection after the answer, and the
      // client must know before it sends another request on it.
      answer = answer.with("Connection", "close");
    }
    send(request, response, callback, answer);
    return true;
  }

  /**
   * Reads and drops the rest of a body that was refused before it was read (a busy server, a bad
   * parameter), when its announced length is within the limit: a client still sending it would
   * otherwise see the connection reset instead of the answer. Whether it was all read.
   */
  private boolean drained(Request request) {
    long length = request.getLength();
    if (length < 0 || length > maxBytes) {
      return false;
    }
    try (InputStream in = Content.Source.asInputStream(request)) {
      byte[] scratch = new byte[16 * 1024];
      long left = maxBytes + 1;
      for (int n; (n = in.read(scratch)) >= 0; ) {
        left -= n;
        if (left <= 0) {
          return false;
        }
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean hasBody(Request request) {
    return request.getLength() != 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
  }

  /** The answer to {@code request}, or null when the watchdog has answered it. */
  private Answer route(
      Request request, Response response, Callback callback, Fields query, boolean dutch) {
    String path = Request.getPathInContext(request);
    String method = request.getMethod();
    StaticFile page = PAGES.get(path);
    if (page != null) {
      return isGet(method) ? page.answer() : Problem.methodNotAllowed("GET", dutch);
    }
    return switch (path) {
      case "/api/v1/validate" ->
          "POST".equals(method)
              ? bounded(request, response, callback, () -> api.validate(request, query), dutch)
              : Problem.methodNotAllowed("POST", dutch);
      case "/api/v1/render" ->
          "POST".equals(method)
              ? bounded(request, response, callback, () -> api.render(request, query), dutch)
              : Problem.methodNotAllowed("POST", dutch);
      case "/api/v1/rules" -> isGet(method) ? api.rules() : Problem.methodNotAllowed("GET", dutch);
      case "/api/v1/openapi.json" ->
          isGet(method) ? api.openApi() : Problem.methodNotAllowed("GET", dutch);
      default -> Problem.notFound(dutch);
    };
  }

  private static boolean isGet(String method) {
    return "GET".equals(method) || "HEAD".equals(method);
  }

  /**
   * Runs {@code work} on this thread within the time limit; null when the watchdog answered first.
   * The permit is held until the work itself ends, also after its answer timed out: the bound is on
   * work being done, not on answers.
   */
  private Answer bounded(
      Request request, Response response, Callback callback, Supplier<Answer> work, boolean dutch) {
    if (!permits.tryAcquire()) {
      return Problem.busy(dutch);
    }
    Watchdog.Deadline deadline =
        watchdog.start(
            () -> send(request, response, callback, Problem.tooSlow(timeLimitSeconds, dutch)));
    try {
      Answer answer = answerOf(work, dutch);
      return deadline.finish() ? answer : null;
    } finally {
      deadline.finish();
      permits.release();
    }
  }

  /** What {@code work} answers, also when it fails. */
  private static Answer answerOf(Supplier<Answer> work, boolean dutch) {
    try {
      return work.get();
    } catch (Unusable e) {
      return e.answer(dutch);
    } catch (UncheckedIOException e) {
      return new Unusable(
              400,
              "unreadable-body",
              "the request body could not be read to its end",
              "de body van het verzoek kon niet tot het einde worden gelezen")
          .answer(dutch);
    } catch (RuntimeException | Error e) { // an Error too: the bug's kind, never its trace
      return internal(e, dutch);
    }
  }

  /** A bug: its kind on standard error and in the answer, never its message or stack trace. */
  private static Answer internal(Throwable e, boolean dutch) {
    String kind = e.getClass().getSimpleName();
    System.err.println("fiche serve: interne fout (" + kind + ")");
    return Problem.internal(kind, dutch);
  }

  static void send(Request request, Response response, Callback callback, Answer answer) {
    response.setStatus(answer.status());
    var headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, answer.contentType());
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "no-referrer");
    headers.put("X-Frame-Options", "DENY");
    headers.put("Cross-Origin-Opener-Policy", "same-origin");
    headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    headers.put("Content-Security-Policy", CSP);
    for (Map.Entry<String, String> h : answer.headers().entrySet()) {
      headers.put(new HttpField(h.getKey(), h.getValue()));
    }
    headers.put(HttpHeader.CONTENT_LENGTH, answer.body().length);
    if ("HEAD".equals(request.getMethod())) {
      response.write(true, null, callback);
    } else {
      response.write(true, ByteBuffer.wrap(answer.body()), callback);
    }
  }
}
