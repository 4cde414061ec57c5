package io.gridcase.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;

/**
 * One acquisition round is the command the job executor runs ({@code AcquireJobsCmd}, engine
 * internals: no public API times it). Median of {@code rounds} after five warm-up rounds.
 */
final class AcquisitionRound {

  private AcquisitionRound() {}

  /** Run only while no job is due, or the rounds lock jobs that then wait for their lock to expire. */
  static double medianMillis(ProcessEngine engine, int rounds) {
    return medianMillis(engine, rounds, () -> {});
  }

  /** {@code afterEachRound} may release the jobs a round locked. */
  static double medianMillis(ProcessEngine engine, int rounds, Runnable afterEachRound) {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    var jobExecutor = configuration.getJobExecutor();
    List<Double> millis = new ArrayList<>();
    for (int round = 0; round < rounds + 5; round++) {
      long start = System.nanoTime();
      configuration.getCommandExecutorTxRequired().execute(new AcquireJobsCmd(jobExecutor));
      double elapsed = (System.nanoTime() - start) / 1e6;
      if (round >= 5) {
        millis.add(elapsed);
      }
      afterEachRound.run();
    }
    Collections.sort(millis);
    return millis.get(millis.size() / 2);
  }
}
