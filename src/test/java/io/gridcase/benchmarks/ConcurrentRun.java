package io.gridcase.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs operations from several client threads at once; each operation is timed, and the CPU the
 * client threads used is added up ({@link #clientCpuSeconds}: they end with the run, and their time
 * with them).
 */
final class ConcurrentRun {

  private static final LongAdder CLIENT_CPU_NANOS = new LongAdder();

  /** One unit of work, numbered from 0. */
  interface Operation {
    void run(int index) throws Exception;
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ConcurrentRun() {}

  /** The CPU time all runs' client threads have used so far. */
  static double clientCpuSeconds() {
    return CLIENT_CPU_NANOS.sum() / 1e9;
  }

  static Timings run(int operations, int clients, Operation operation) throws Exception {
    double[] millis = new double[operations];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        workers.add(pool.submit(() -> {
          long cpu = THREADS.getCurrentThreadCpuTime();
          try {
            for (int i = next.getAndIncrement(); i < operations; i = next.getAndIncrement()) {
              long began = System.nanoTime();
              operation.run(i);
              millis[i] = (System.nanoTime() - began) / 1e6;
            }
          } finally {
            CLIENT_CPU_NANOS.add(THREADS.getCurrentThreadCpuTime() - cpu);
          }
          return null;
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return Timings.of((System.nanoTime() - start) / 1e9, millis);
  }
}
