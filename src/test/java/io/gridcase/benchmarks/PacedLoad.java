package io.gridcase.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An open-loop load at a fixed rate (e.g. intake at 20 cases/s) beside what is measured: operation
 * k is due at start + k / rate, whatever the answers before it took; its latency is counted from
 * that due time, so a server that falls behind shows as latency, not as a slower rate.
 */
final class PacedLoad {

  private final ExecutorService pool;
  private final long start = System.nanoTime();
  private final long intervalNanos;
  private final AtomicInteger next = new AtomicInteger();
  private final List<Double> millis = new ArrayList<>();
  private final AtomicReference<Exception> failure = new AtomicReference<>();
  private volatile boolean stopped;

  private PacedLoad(double perSecond, int threads, ConcurrentRun.Operation operation) {
    intervalNanos = (long) (1e9 / perSecond);
    pool = Executors.newFixedThreadPool(threads);
    for (int t = 0; t < threads; t++) {
      pool.submit(() -> work(operation));
    }
  }

  /** Starts {@code perSecond} operations a second from up to {@code threads} at once. */
  static PacedLoad start(double perSecond, int threads, ConcurrentRun.Operation operation) {
    return new PacedLoad(perSecond, threads, operation);
  }

  private void work(ConcurrentRun.Operation operation) {
    while (!stopped && failure.get() == null) {
      int k = next.getAndIncrement();
      long due = start + k * intervalNanos;
      long wait = due - System.nanoTime();
      try {
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        if (stopped) {
          return;
        }
        operation.run(k);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (Exception e) {
        failure.compareAndSet(null, e);
        return;
      }
      double late = (System.nanoTime() - due) / 1e6;
      synchronized (millis) {
        millis.add(late);
      }
    }
  }

  int done() {
    synchronized (millis) {
      return millis.size();
    }
  }

  /** Waits until at least {@code operations} are done, then stops; the latencies of all done. */
  Timings stopAfter(int operations) throws Exception {
    while (done() < operations && failure.get() == null) {
      Thread.sleep(50);
    }
    stopped = true;
    pool.shutdown();
    if (!pool.awaitTermination(2, TimeUnit.MINUTES)) {
      throw new IllegalStateException("the paced load did not stop within 2 minutes");
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    synchronized (millis) {
      return Timings.of(seconds, millis.stream().mapToDouble(Double::doubleValue).toArray());
    }
  }
}
