package io.gridcase.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs operations from several client threads at once; each operation is timed. */
final class ConcurrentRun {

  /** One unit of work, numbered from 0. */
  interface Operation {
    void run(int index) throws Exception;
  }

  private ConcurrentRun() {}

  static Timings run(int operations, int clients, Operation operation) throws Exception {
    double[] millis = new double[operations];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        workers.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < operations; i = next.getAndIncrement()) {
            long began = System.nanoTime();
            operation.run(i);
            millis[i] = (System.nanoTime() - began) / 1e6;
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
