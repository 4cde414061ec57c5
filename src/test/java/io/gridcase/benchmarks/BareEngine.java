package io.gridcase.benchmarks;

import io.gridcase.support.PostgresServer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * A plain Camunda engine (no Spring, no Gridcase) on its own database of the benchmark's
 * PostgreSQL server: history level full, a pool as large as Gridcase's, and the job executor
 * polling as Gridcase's does (every second); otherwise Camunda's defaults.
 */
final class BareEngine implements AutoCloseable {

  private final ProcessEngine engine;

  private BareEngine(ProcessEngine engine) {
    this.engine = engine;
  }

  static BareEngine start(String database) {
    String url = PostgresServer.newDatabase(database);
    Durability.synchronousCommit(database);
    ProcessEngineConfiguration configuration = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
        .setProcessEngineName("bare" + database.replace("_", ""))
        .setJdbcUrl(url)
        .setJdbcDriver("org.postgresql.Driver")
        .setJdbcUsername("postgres")
        .setJdbcPassword("postgres")
        .setJdbcMaxActiveConnections(20)
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .setJobExecutorActivate(true);
    // the one setting that is not public API (engine internals): Camunda's idle back-off would otherwise reach 60 s
    var jobExecutor = new DefaultJobExecutor();
    jobExecutor.setWaitTimeInMillis(1000);
    jobExecutor.setMaxWait(1000);
    ((ProcessEngineConfigurationImpl) configuration).setJobExecutor(jobExecutor);
    return new BareEngine(configuration.buildProcessEngine());
  }

  ProcessEngine engine() {
    return engine;
  }

  void deploy(BpmnModelInstance... models) {
    var deployment = engine.getRepositoryService().createDeployment().name("bench");
    for (BpmnModelInstance model : models) {
      String key = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).iterator().next().getId();
      deployment.addModelInstance(key + ".bpmn", model);
    }
    deployment.deploy();
  }

  /** Deploys a decision the benchmark's processes call, from the classpath. */
  void deployDecision(String resource) {
    engine.getRepositoryService().createDeployment().name("bench-decisions").addClasspathResource(resource).deploy();
  }

  String start(String processKey, String businessKey) {
    return engine.getRuntimeService().startProcessInstanceByKey(processKey, businessKey).getId();
  }

  String start(String processKey, java.util.Map<String, Object> variables) {
    return engine.getRuntimeService().startProcessInstanceByKey(processKey, (String) variables.get("externalId"), variables).getId();
  }

  /** Claims and completes each task of the instance in turn, as a Tasklist user would. */
  void completeAllTasks(String processInstanceId) {
    TaskService tasks = engine.getTaskService();
    for (Task task = next(processInstanceId); task != null; task = next(processInstanceId)) {
      tasks.claim(task.getId(), "bench-user");
      tasks.complete(task.getId(), java.util.Map.of("done", true));
    }
  }

  private Task next(String processInstanceId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskCandidateGroup("bench")
        .includeAssignedTasks().singleResult();
  }

  @Override
  public void close() {
    engine.close();
  }
}
