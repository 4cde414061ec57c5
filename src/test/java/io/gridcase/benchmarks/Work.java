package io.gridcase.benchmarks;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A number of user tasks and timers: created so far, or waiting now. */
record Work(long tasks, long timers) {

  /**
   * Created so far, from the history: tasks from the public history API, timers from the job
   * log's creation entries of timer jobs (no API filters the log by job type).
   */
  static Work createdSoFar(ProcessEngine engine, DataSource database) {
    long tasks = engine.getHistoryService().createHistoricTaskInstanceQuery().count();
    long timers = JdbcClient.create(database)
        .sql("select count(*) from act_hi_job_log where job_state_ = 0 and job_def_type_ like 'timer%'")
        .query(Long.class).single();
    return new Work(tasks, timers);
  }

  /** Open tasks and waiting timers. */
  static Work waiting(ProcessEngine engine) {
    return new Work(engine.getTaskService().createTaskQuery().count(),
        engine.getManagementService().createJobQuery().timers().count());
  }

  Work minus(Work before) {
    return new Work(tasks - before.tasks, timers - before.timers);
  }
}
