package io.gridcase.support;

import static io.gridcase.engine.DepartmentOrderProcess.DEPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.engine.CaseLifecycleProcess;
import io.gridcase.engine.DepartmentOrderProcess;
import io.gridcase.intake.CaseIntake;
import io.gridcase.intake.CaseReport;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Takes cases through their lifecycle the way Tasklist users and the job executor would: by
 * completing the tasks a group sees and running the jobs that are due.
 */
@Component
public class CaseDriver {

  private final CaseIntake intake;
  private final ProcessEngine engine;

  public CaseDriver(CaseIntake intake, ProcessEngine engine) {
    this.intake = intake;
    this.engine = engine;
  }

  public String report(CaseReport report) {
    return intake.report(report).caseNumber();
  }

  public ProcessInstance lifecycle(String caseNumber) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(CaseLifecycleProcess.ID)
        .processInstanceBusinessKey(caseNumber)
        .singleResult();
  }

  /** The running order of a department on a case. */
  public ProcessInstance order(String caseNumber, String department) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(DepartmentOrderProcess.ID)
        .processInstanceBusinessKey(caseNumber)
        .variableValueEquals(DEPARTMENT, department)
        .singleResult();
  }

  /** The one open task of a case with this key, checked to be offered to this group. */
  public Task task(String caseNumber, String taskKey, String candidateGroup) {
    Task task = engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(taskKey)
        .taskCandidateGroup(candidateGroup)
        .includeAssignedTasks()
        .singleResult();
    assertThat(task).as("%s offered to %s on %s", taskKey, candidateGroup, caseNumber).isNotNull();
    return task;
  }

  /** Claims and completes a task as a user of the group, as Tasklist does. */
  public void complete(String caseNumber, String taskKey, String group, String user, Map<String, Object> form) {
    Task task = task(caseNumber, taskKey, group);
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      engine.getTaskService().claim(task.getId(), user);
      engine.getTaskService().complete(task.getId(), form);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /**
   * A single-department case the department signs for, plans and settles ("resolved"), up to the
   * revisit call that is now due for the revisit clerks.
   */
  public void settledAndDueForRevisit(String caseNumber, String department, String handler, String resultSummary) {
    String group = "dept-" + department;
    complete(caseNumber, "UserTask_SignForOrder", group, handler, Map.of("orderDecision", "ACCEPT"));
    complete(caseNumber, "UserTask_ProposePlan", group, handler, Map.of("plan", "加强巡查"));
    complete(caseNumber, "UserTask_ReportResult", group, handler, Map.of("outcome", "RESOLVED", "resultSummary", resultSummary));
    runDueJobs(caseNumber);
    fireTimer(caseNumber, "TimerEvent_RevisitDue");
  }

  /** Runs every job of the case that is due now (async continuations such as the feedback mail). */
  public void runDueJobs(String caseNumber) {
    var jobs = engine.getManagementService().createJobQuery().processInstanceId(lifecycle(caseNumber).getId());
    for (List<Job> due = jobs.executable().list(); !due.isEmpty(); due = jobs.executable().list()) {
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  /** Runs the due jobs of every process instance of the case (its watches and supervisions too). */
  public void runAllDueJobs(String caseNumber) {
    var management = engine.getManagementService();
    for (List<Job> due = dueJobs(caseNumber); !due.isEmpty(); due = dueJobs(caseNumber)) {
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private List<Job> dueJobs(String caseNumber) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().stream()
        .flatMap(instance -> engine.getManagementService().createJobQuery()
            .processInstanceId(instance.getId()).executable().list().stream())
        .toList();
  }

  /** The running instances of a process for the case, e.g. its deadline watches. */
  public List<ProcessInstance> instances(String caseNumber, String processKey) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).processDefinitionKey(processKey).list();
  }

  /** Fires a timer of the case by hand, whatever its due date, and returns that due date. */
  public Date fireTimer(String caseNumber, String timerEventId) {
    Job timer = engine.getManagementService().createJobQuery()
        .processInstanceId(lifecycle(caseNumber).getId())
        .activityId(timerEventId)
        .timers()
        .singleResult();
    assertThat(timer).as("timer %s on %s", timerEventId, caseNumber).isNotNull();
    engine.getManagementService().executeJob(timer.getId());
    return timer.getDuedate();
  }
}
