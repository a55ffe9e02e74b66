package nl.bncfiche.server;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.bncfiche.server.internal.ServerCore;

/**
 * A running fiche server: the page at {@code /} and the API at {@code /api/v1/}. Build and start
 * one with {@link #builder()}; {@link #close()} stops it. Safe by default: it listens on 127.0.0.1
 * only, refuses bodies over the input limit (413), limits each request's time and the work done at
 * once (503 with {@code Retry-After}), writes nothing to disk, logs no fiche text, and sends no
 * CORS headers unless origins are configured. Thread-safe.
 */
public final class FicheServer implements AutoCloseable {
  private final ServerCore core;

  private FicheServer(ServerCore core) {
    this.core = core;
  }

  /** A builder with the safe defaults: 127.0.0.1, a free port, 20 MB, 10 s, one job per core. */
  public static Builder builder() {
    return new Builder();
  }

  /** The address it listens on, as {@code http://host:port/}. */
  public URI uri() {
    return core.uri();
  }

  /** The port it listens on (the one chosen when port 0 was asked for). */
  public int port() {
    return core.port();
  }

  /** Blocks until the server has stopped. */
  public void join() throws InterruptedException {
    core.join();
  }

  /** Stops the server: open requests get up to a second to finish. Idempotent. */
  @Override
  public void close() {
    core.stop();
  }

  /** Settings of a {@link FicheServer}; not thread-safe, use it from one thread. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private long maxBytes = 20_000_000L;
    private Duration timeLimit = Duration.ofSeconds(10);
    private int maxConcurrent = Math.max(2, Runtime.getRuntime().availableProcessors());
    private final Set<String> corsOrigins = new LinkedHashSet<>();
    private Clock clock;

    private Builder() {}

    /** The interface to listen on; 127.0.0.1 unless set. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port, 0 (the default) for any free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The largest request body accepted, in bytes (20 MB, the command line's limit, by default).
     */
    public Builder maxBytes(long maxBytes) {
      if (maxBytes < 1) {
        throw new IllegalArgumentException("maxBytes must be at least 1, not " + maxBytes);
      }
      this.maxBytes = maxBytes;
      return this;
    }

    /** How long one request's work may take before it is answered with 503 (10 s by default). */
    public Builder timeLimit(Duration timeLimit) {
      if (timeLimit.isNegative() || timeLimit.isZero()) {
        throw new IllegalArgumentException("timeLimit must be positive");
      }
      this.timeLimit = timeLimit;
      return this;
    }

    /**
     * How many requests may be worked on at once; more get 503 with {@code Retry-After} at once.
     * The number of processors, at least 2, by default.
     */
    public Builder maxConcurrent(int maxConcurrent) {
      if (maxConcurrent < 1) {
        throw new IllegalArgumentException(
            "maxConcurrent must be at least 1, not " + maxConcurrent);
      }
      this.maxConcurrent = maxConcurrent;
      return this;
    }

    /**
     * Origins (such as {@code https://intranet.example}) whose pages may call the API from a
     * browser; none by default, and then no CORS header is sent.
     */
    public Builder corsOrigins(List<String> origins) {
      corsOrigins.clear();
      corsOrigins.addAll(origins);
      return this;
    }

    /** The clock for "today" in the timing rules; the system clock by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Starts the server; it is listening when this returns.
     *
     * @throws java.io.UncheckedIOException when the address cannot be bound (in use, no such host)
     */
    public FicheServer start() {
      ServerCore.Settings s =
          new ServerCore.Settings(
              new InetSocketAddress(host, port),
              maxBytes,
              timeLimit,
              maxConcurrent,
              Set.copyOf(corsOrigins),
              clock);
      return new FicheServer(ServerCore.start(s));
    }
  }
}
