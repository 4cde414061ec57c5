package io.gridcase.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * One wage-arrears case from report to closed over HTTP only: reported on {@code /api/cases} by
 * the 12345 system, every human step listed, claimed and completed on the engine REST API by the
 * department's or the revisit clerk's own login (what Tasklist does), and the revisit timers (a day
 * and more) fired through the server's {@code ManagementService} (the engine REST API executes no
 * jobs for anybody, ADR 9). The feedback mail's save points are left to the job executor.
 */
final class LifecycleByApi {

  private record Actor(String user, String group) {}

  private static final List<Actor> ACTORS = List.of(
      new Actor("chen.zhihua", "dept-HRSS"), new Actor("lin.suzhen", "dept-JUSTICE"), new Actor("ye.wanting", "revisit"));
  private static final String ADMIN = "demo";
  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private final GridcaseApi api;
  private final ManagementService jobs;

  LifecycleByApi(GridcaseApi api, ManagementService jobs) {
    this.api = api;
    this.jobs = jobs;
  }

  void run(String externalId) throws IOException, InterruptedException {
    String caseNumber = api.reportCase(externalId);
    String lifecycle = api.get(api.engine("/process-instance?processDefinitionKey=case-lifecycle&businessKey=" + caseNumber),
        ADMIN, ADMIN).get(0).get("id").asText();
    Instant deadline = Instant.now().plus(TIMEOUT);
    while (api.exists(api.engine("/process-instance/" + lifecycle), ADMIN, ADMIN)) {
      boolean progressed = fireTimers(lifecycle);
      for (Actor actor : ACTORS) {
        progressed |= completeTasks(caseNumber, actor);
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(caseNumber + " not closed within " + TIMEOUT);
      }
      if (!progressed) {
        Thread.sleep(20); // the job executor is running the feedback mail's save points
      }
    }
  }

  private boolean completeTasks(String caseNumber, Actor actor) throws IOException, InterruptedException {
    JsonNode tasks = api.get(api.engine("/task?includeAssignedTasks=true&processInstanceBusinessKey=" + caseNumber
        + "&candidateGroup=" + actor.group()), actor.user(), GridcaseApi.PASSWORD);
    for (JsonNode task : tasks) {
      String id = task.get("id").asText();
      api.post(api.engine("/task/" + id + "/claim"), actor.user(), GridcaseApi.PASSWORD, Map.of("userId", actor.user()), 204);
      api.post(api.engine("/task/" + id + "/complete"), actor.user(), GridcaseApi.PASSWORD,
          Map.of("variables", form(task.get("taskDefinitionKey").asText())), 204);
    }
    return !tasks.isEmpty();
  }

  private boolean fireTimers(String lifecycle) {
    List<Job> timers = jobs.createJobQuery().timers().processInstanceId(lifecycle).list();
    timers.forEach(timer -> jobs.executeJob(timer.getId()));
    return !timers.isEmpty();
  }

  /** What the user types into each form, as REST variables. */
  private static Map<String, Object> form(String taskKey) {
    Map<String, Object> values = switch (taskKey) {
      case "UserTask_SignForOrder" -> Map.of("orderDecision", "ACCEPT");
      case "UserTask_ReportContribution" -> Map.of("contribution", "司法所已为工人提供法律援助");
      case "UserTask_ProposePlan" -> Map.of("plan", "约谈施工方，三日内结清欠薪");
      case "UserTask_ReportResult" -> Map.of("outcome", "RESOLVED", "resultSummary", "工资已全部结清");
      case "UserTask_RevisitReporter", "UserTask_RevisitReporterAgain" ->
          Map.of("satisfaction", "SATISFIED", "revisitNote", "电话回访");
      default -> throw new IllegalStateException("no form values for " + taskKey);
    };
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return variables;
  }
}
