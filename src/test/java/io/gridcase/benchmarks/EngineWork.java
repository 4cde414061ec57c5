package io.gridcase.benchmarks;

import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the engine created, counted from its history (level full): process instances, user tasks,
 * timer jobs, decision evaluations and process variables. Taken before and after a run of intakes
 * and divided by their number, it is the engine work of one intake on either side.
 */
record EngineWork(double instances, double tasks, double timers, double decisions, double variables) {

  static EngineWork createdSoFar(ProcessEngine engine, DataSource database) {
    HistoryService history = engine.getHistoryService();
    // timers as in Work: the job log's creation entries of timer jobs (no API filters the log by job type)
    long timers = JdbcClient.create(database)
        .sql("select count(*) from act_hi_job_log where job_state_ = 0 and job_def_type_ like 'timer%'")
        .query(Long.class).single();
    return new EngineWork(history.createHistoricProcessInstanceQuery().count(),
        history.createHistoricTaskInstanceQuery().count(), timers,
        history.createHistoricDecisionInstanceQuery().count(),
        history.createHistoricVariableInstanceQuery().count());
  }

  /** What instances of one process definition created so far (all of it, or nothing, comes from those instances). */
  static EngineWork ofProcess(ProcessEngine engine, DataSource database, String processKey) {
    HistoryService history = engine.getHistoryService();
    long timers = JdbcClient.create(database)
        .sql("select count(*) from act_hi_job_log where job_state_ = 0 and job_def_type_ like 'timer%' and process_def_key_ = ?")
        .param(processKey).query(Long.class).single();
    return new EngineWork(history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).count(),
        history.createHistoricTaskInstanceQuery().processDefinitionKey(processKey).count(), timers,
        history.createHistoricDecisionInstanceQuery().processDefinitionKey(processKey).count(),
        history.createHistoricVariableInstanceQuery().processDefinitionKey(processKey).count());
  }

  EngineWork minus(EngineWork before) {
    return new EngineWork(instances - before.instances, tasks - before.tasks, timers - before.timers,
        decisions - before.decisions, variables - before.variables);
  }

  EngineWork per(int intakes) {
    return new EngineWork(instances / intakes, tasks / intakes, timers / intakes, decisions / intakes, variables / intakes);
  }

  /** Whether instances, tasks, timers and decisions are the same (variables are only reported). */
  boolean sameWorkAs(EngineWork other) {
    return instances == other.instances && tasks == other.tasks && timers == other.timers && decisions == other.decisions;
  }

  String describe() {
    return String.format(Locale.ROOT, "%s instances, %s tasks, %s timers, %s decisions, %s variables",
        n(instances), n(tasks), n(timers), n(decisions), n(variables));
  }

  private static String n(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
  }
}
