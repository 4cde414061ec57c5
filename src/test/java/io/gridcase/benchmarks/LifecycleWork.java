package io.gridcase.benchmarks;

import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What whole lifecycles made the engine do, counted from its history (level full): the {@link EngineWork}
 * (instances, user tasks, timers created, decision evaluations, variables), and the jobs it ran: async
 * continuations (the feedback mail's save points) and timers fired (the revisit timers, fired by hand).
 * Taken before and after a run of lifecycles and divided by their number, it is the engine work of one.
 */
record LifecycleWork(EngineWork engine, double asyncContinuations, double timersFired) {

  /** Successful runs in the job log (state 2) of jobs of the given type; a failed and retried job counts once. */
  private static final String RAN = "select count(*) from act_hi_job_log where job_state_ = 2 and job_def_type_ like ?";

  static LifecycleWork createdSoFar(ProcessEngine engine, DataSource database) {
    JdbcClient jdbc = JdbcClient.create(database);
    return new LifecycleWork(EngineWork.createdSoFar(engine, database),
        jdbc.sql(RAN).param("async-continuation").query(Long.class).single(),
        jdbc.sql(RAN).param("timer%").query(Long.class).single());
  }

  /** What instances of one process definition made the engine do so far. */
  static LifecycleWork ofProcess(ProcessEngine engine, DataSource database, String processKey) {
    JdbcClient jdbc = JdbcClient.create(database);
    String ran = RAN + " and process_def_key_ = ?";
    return new LifecycleWork(EngineWork.ofProcess(engine, database, processKey),
        jdbc.sql(ran).params("async-continuation", processKey).query(Long.class).single(),
        jdbc.sql(ran).params("timer%", processKey).query(Long.class).single());
  }

  LifecycleWork minus(LifecycleWork before) {
    return new LifecycleWork(engine.minus(before.engine), asyncContinuations - before.asyncContinuations,
        timersFired - before.timersFired);
  }

  LifecycleWork per(int lifecycles) {
    return new LifecycleWork(engine.per(lifecycles), asyncContinuations / lifecycles, timersFired / lifecycles);
  }

  /** Whether the engine work and the jobs run are the same (variables are only reported, as in {@link EngineWork}). */
  boolean sameWorkAs(LifecycleWork other) {
    return engine.sameWorkAs(other.engine) && asyncContinuations == other.asyncContinuations
        && timersFired == other.timersFired;
  }

  String describe() {
    return engine.describe() + String.format(Locale.ROOT, ", %s async continuations run, %s timers fired",
        n(asyncContinuations), n(timersFired));
  }

  private static String n(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
  }
}
