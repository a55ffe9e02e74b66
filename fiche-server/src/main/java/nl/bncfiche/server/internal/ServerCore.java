package nl.bncfiche.server.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.CrossOriginHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** Jetty set up, started and stopped for a {@code FicheServer}. */
public final class ServerCore {
  /** What a {@code FicheServer.Builder} was given. */
  public record Settings(
      InetSocketAddress address,
      long maxBytes,
      Duration timeLimit,
      int maxConcurrent,
      Set<String> corsOrigins,
      Clock clock) {}

  private final Server server;
  private final ServerConnector connector;
  private final Watchdog watchdog;

  private ServerCore(Server server, ServerConnector connector, Watchdog watchdog) {
    this.server = server;
    this.connector = connector;
    this.watchdog = watchdog;
  }

  /** Starts Jetty with {@code s}; listening when this returns. */
  public static ServerCore start(Settings s) {
    QueuedThreadPool threads = new QueuedThreadPool(Math.max(16, 4 * s.maxConcurrent() + 8), 2);
    threads.setName("fiche-server");
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setRequestHeaderSize(16 * 1024);
    ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(s.address().getHostString());
    connector.setPort(s.address().getPort());
    // A client that stops sending or reading is dropped: no connection is held for ever.
    Duration limit = Watchdog.bounded(s.timeLimit());
    connector.setIdleTimeout(Math.max(5_000, limit.toMillis()));
    connector.setAcceptQueueSize(64);
    server.addConnector(connector);
    Watchdog watchdog = new Watchdog(limit);
    Handler routes =
        new Routes(
            new Api(s.clock(), s.maxBytes()),
            s.maxConcurrent(),
            watchdog,
            limit.toMillis(),
            s.maxBytes());
    if (s.corsOrigins().isEmpty()) {
      server.setHandler(routes);
    } else {
      CrossOriginHandler cors = new CrossOriginHandler();
      cors.setAllowedOriginPatterns(quoted(s.corsOrigins()));
      cors.setAllowedMethods(Set.of("GET", "POST"));
      cors.setAllowedHeaders(Set.of("Content-Type"));
      cors.setHandler(routes);
      server.setHandler(cors);
    }
    server.setErrorHandler(new Problems());
    server.setStopAtShutdown(false);
    server.setStopTimeout(1_000);
    try {
      server.start();
    } catch (IOException e) {
      watchdog.close();
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      watchdog.close();
      throw new IllegalStateException("the server did not start", e);
    }
    return new ServerCore(server, connector, watchdog);
  }

  /** Origins as exact-match patterns: CrossOriginHandler takes regular expressions. */
  private static Set<String> quoted(Set<String> origins) {
    return origins.stream()
        .map(java.util.regex.Pattern::quote)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** The address, as {@code http://host:port/}. */
  public URI uri() {
    String host = connector.getHost();
    if (host.contains(":") && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /** The port listened on. */
  public int port() {
    return connector.getLocalPort();
  }

  /** Blocks until stopped. */
  public void join() throws InterruptedException {
    server.join();
  }

  /** Stops; idempotent. */
  public void stop() {
    try {
      server.stop();
    } catch (Exception e) {
      // Stopping is best effort; the watchdog goes below in any case.
    } finally {
      watchdog.close();
    }
  }

  /**
   * Jetty's own errors (a malformed request line, headers too large) as problem details too, not
   * its HTML error page.
   */
  private static final class Problems extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      Object status = request.getAttribute(ErrorHandler.ERROR_STATUS);
      int code = status instanceof Integer i ? i : response.getStatus();
      if (code < 400) {
        code = 500;
      }
      Answer answer =
          Problem.of(
              code,
              "http-" + code,
              "HTTP " + code,
              code >= 500
                  ? "De server kon het verzoek niet afhandelen. / The server could not handle the"
                      + " request."
                  : "Het verzoek is geen geldig HTTP-verzoek. / The request is not valid HTTP.");
      Routes.send(request, response, callback, answer);
      return true;
    }
  }
}
