package nl.bncfiche.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The time limit of work run on the request's own thread: exactly one of the work and the watchdog
 * answers, and the watchdog's interrupt never outlives the work it was meant for.
 */
class WatchdogTest {
  @Test
  void workWithinTheLimitAnswersAndIsNeverInterrupted() throws Exception {
    try (Watchdog watchdog = new Watchdog(Duration.ofMillis(200))) {
      AtomicInteger timeouts = new AtomicInteger();
      Watchdog.Deadline d = watchdog.start(timeouts::incrementAndGet);
      busy(20);
      assertThat(d.finish()).isTrue();
      Thread.sleep(400); // past the limit: the finished work must not be answered for
      assertThat(timeouts).hasValue(0);
      assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }
  }

  @Test
  void aLimitOfCenturiesIsNoLimitAndNoOverflow() throws Exception {
    try (Watchdog watchdog = new Watchdog(Duration.ofSeconds(Long.MAX_VALUE))) {
      AtomicInteger timeouts = new AtomicInteger();
      Watchdog.Deadline d = watchdog.start(timeouts::incrementAndGet);
      Thread.sleep(300);
      assertThat(d.finish()).isTrue();
      assertThat(timeouts).hasValue(0);
    }
  }

  @Test
  void busyWorkPastTheLimitIsAnsweredByTheWatchdogOnceAndLeavesNoInterrupt() throws Exception {
    try (Watchdog watchdog = new Watchdog(Duration.ofMillis(20))) {
      AtomicInteger timeouts = new AtomicInteger();
      Watchdog.Deadline d = watchdog.start(timeouts::incrementAndGet);
      long start = System.nanoTime();
      while (timeouts.get() == 0 && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10)) {
        busy(1); // work that never looks at its interrupt
      }
      assertThat(timeouts).hasValue(1);
      assertThat(d.finish()).isFalse();
      assertThat(d.finish()).as("a second call gives the same answer").isFalse();
      assertThat(Thread.currentThread().isInterrupted()).isFalse();
      Thread.sleep(100); // the thread's next wait is not cut short
      assertThat(timeouts).hasValue(1);
    }
  }

  @Test
  void aWaitPastTheLimitIsInterrupted() throws Exception {
    try (Watchdog watchdog = new Watchdog(Duration.ofMillis(50))) {
      AtomicInteger timeouts = new AtomicInteger();
      Watchdog.Deadline d = watchdog.start(timeouts::incrementAndGet);
      long start = System.nanoTime();
      boolean interrupted = false;
      try {
        Thread.sleep(10_000); // as a read of a body that does not come
      } catch (InterruptedException e) {
        interrupted = true;
      }
      assertThat(interrupted).isTrue();
      assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(5));
      assertThat(d.finish()).isFalse();
      // the watchdog interrupts first and answers right after
      assertThat(awaitOne(timeouts)).isTrue();
      assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }
  }

  /**
   * Many pieces of work that end about when their limit does, on a few threads that go straight on
   * to the next: every one is answered exactly once, and no thread finds an interrupt on work that
   * finished in time.
   */
  @Test
  void racesAtTheLimitAnswerEachWorkExactlyOnce() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try (Watchdog watchdog = new Watchdog(Duration.ofMillis(2))) {
      List<Future<int[]>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(
            threads.submit(
                () -> {
                  int[] tally = new int[3]; // work answered, watchdog answered, stray interrupts
                  for (int i = 0; i < 400; i++) {
                    AtomicInteger timeouts = new AtomicInteger();
                    Watchdog.Deadline d = watchdog.start(timeouts::incrementAndGet);
                    busy(i % 11); // 0-10 ms around a limit of 2 ms and a sweep of 5 ms
                    boolean mine = d.finish();
                    if (mine) {
                      tally[0]++;
                      if (Thread.currentThread().isInterrupted()) {
                        tally[2]++;
                      }
                    } else {
                      tally[1]++;
                      if (!awaitOne(timeouts)) {
                        throw new AssertionError("answered " + timeouts.get() + " times");
                      }
                    }
                    if (Thread.interrupted()) {
                      tally[2]++;
                    }
                    if (mine && timeouts.get() != 0) {
                      throw new AssertionError("answered by both");
                    }
                  }
                  return tally;
                }));
      }
      int answeredByWork = 0;
      int answeredByWatchdog = 0;
      for (Future<int[]> f : results) {
        int[] tally = f.get(2, TimeUnit.MINUTES);
        answeredByWork += tally[0];
        answeredByWatchdog += tally[1];
        assertThat(tally[2]).as("interrupts left on a thread").isZero();
      }
      assertThat(answeredByWork + answeredByWatchdog).isEqualTo(1600);
      assertThat(answeredByWork).isPositive();
      assertThat(answeredByWatchdog).isPositive();
    } finally {
      threads.shutdownNow();
    }
  }

  /** Whether {@code count} is 1 within 5 s (and stays 1 for a moment after). */
  private static boolean awaitOne(AtomicInteger count) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (count.get() == 0 && System.nanoTime() < end) {
      Thread.sleep(1);
    }
    Thread.sleep(1);
    return count.get() == 1;
  }

  private static void busy(long millis) {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }
}
