package io.gridcase.benchmarks;

import java.lang.management.ManagementFactory;

/** Used heap of this JVM after full garbage collections, in MiB. */
final class UsedHeap {

  private UsedHeap() {}

  static double afterGcMiB() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used / (1024.0 * 1024.0);
  }
}
