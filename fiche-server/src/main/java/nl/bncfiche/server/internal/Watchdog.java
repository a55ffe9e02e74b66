package nl.bncfiche.server.internal;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The time limit of work that runs on the thread handling its request. One thread sweeps the work
 * in progress every twentieth of the limit (5-200 ms) and answers for what is past it: a timer per
 * request would wake a thread for every request, and on a small machine every wake-up is a chance
 * to wait for a core. So the answer comes between the limit and the limit plus one sweep.
 */
final class Watchdog implements AutoCloseable {
  /** A limit of a century or more is no limit; it must not overflow the clock's arithmetic. */
  static final Duration NO_LIMIT = Duration.ofDays(100 * 365);

  private final Set<Deadline> running = ConcurrentHashMap.newKeySet();
  private final long limitNanos;
  private final ScheduledExecutorService sweeper;

  Watchdog(Duration limit) {
    this.limitNanos = bounded(limit).toNanos();
    long period =
        Math.max(
            TimeUnit.MILLISECONDS.toNanos(5),
            Math.min(limitNanos / 20, TimeUnit.MILLISECONDS.toNanos(200)));
    this.sweeper =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "fiche-server-watchdog");
              t.setDaemon(true);
              return t;
            });
    sweeper.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.NANOSECONDS);
  }

  /** {@code limit}, or {@link #NO_LIMIT} where it is longer. */
  static Duration bounded(Duration limit) {
    return limit.compareTo(NO_LIMIT) > 0 ? NO_LIMIT : limit;
  }

  /**
   * Starts the clock for work on the calling thread; past the limit, {@code onTimeout} answers
   * instead of the work, and the thread is interrupted (which ends a wait for a body that does not
   * come).
   */
  Deadline start(Runnable onTimeout) {
    Deadline d = new Deadline(Thread.currentThread(), System.nanoTime() + limitNanos, onTimeout);
    running.add(d);
    return d;
  }

  private void sweep() {
    long now = System.nanoTime();
    for (Deadline d : running) {
      if (now - d.due >= 0 && running.remove(d)) {
        d.expire();
      }
    }
  }

  @Override
  public void close() {
    sweeper.shutdownNow();
  }

  /** One piece of work's limit: exactly one of the work and the watchdog answers. */
  final class Deadline {
    private final Thread worker;
    private final long due;
    private final Runnable onTimeout;
    private final AtomicBoolean taken = new AtomicBoolean();
    // Read and written by the working thread only.
    private boolean finished;
    private boolean won;

    private Deadline(Thread worker, long due, Runnable onTimeout) {
      this.worker = worker;
      this.due = due;
      this.onTimeout = onTimeout;
    }

    private void expire() {
      boolean mine;
      // The interrupt is given under the lock that finish() takes before clearing it, so it
      // cannot reach the thread after the work has moved on to another request.
      synchronized (this) {
        mine = taken.compareAndSet(false, true);
        if (mine) {
          worker.interrupt();
        }
      }
      if (mine) {
        try {
          onTimeout.run();
        } catch (RuntimeException e) {
          // The sweeper must live on: a failed answer closes its connection in any case.
          System.err.println("fiche serve: interne fout (" + e.getClass().getSimpleName() + ")");
        }
      }
    }

    /**
     * Called by the working thread when the work has ended: whether it may answer. When the
     * watchdog answered first, the interrupt it gave is cleared here. Calls after the first give
     * the same result and do nothing else.
     */
    boolean finish() {
      if (finished) {
        return won;
      }
      finished = true;
      running.remove(this);
      won = taken.compareAndSet(false, true);
      if (!won) {
        synchronized (this) {
          Thread.interrupted();
        }
      }
      return won;
    }
  }
}
