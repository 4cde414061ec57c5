package io.gridcase.engine.deadline;

import static io.gridcase.engine.StageDeadlineProcess.EXTEND_BY;
import static io.gridcase.engine.StageDeadlineProcess.EXTENSION_REASON;
import static io.gridcase.engine.StageDeadlineProcess.EXTENSION_REQUESTED_BY;
import static io.gridcase.engine.StageDeadlineProcess.EXTENSION_REQUESTED_BY_NAME;
import static io.gridcase.engine.StageDeadlineProcess.ESCALATION_FACTOR;
import static io.gridcase.engine.StageDeadlineProcess.LIMIT;
import static io.gridcase.engine.StageDeadlineProcess.REMINDER_SHARE;
import static io.gridcase.engine.StageDeadlineProcess.STAGE;
import static io.gridcase.engine.StageDeadlineProcess.WORKING_DAYS;

import io.gridcase.directory.Directory;
import io.gridcase.directory.Person;
import io.gridcase.engine.StageDeadlineProcess;
import io.gridcase.sla.DeadlineException;
import io.gridcase.sla.RunningWatches;
import io.gridcase.sla.Stage;
import io.gridcase.sla.StageDeadlines;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * Talks to the running stage-deadline watches of a case: tells them a stage was met, passes on an
 * extension request ({@link RunningWatches}, the port of {@code sla}), and has their timers read the
 * deadline record again when an extension is approved.
 */
@Component
public class DeadlineWatches implements RunningWatches {

  private final StageDeadlines deadlines;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final TaskService tasks;
  private final Directory directory;

  public DeadlineWatches(
      StageDeadlines deadlines, RuntimeService runtime, ManagementService management, TaskService tasks, Directory directory) {
    this.deadlines = deadlines;
    this.runtime = runtime;
    this.management = management;
    this.tasks = tasks;
    this.directory = directory;
  }

  /** The lead department met a stage: record it and end its watch (if the profile has one). */
  public void stageMet(String caseNumber, Stage stage) {
    deadlines.met(caseNumber, stage);
    runtime.createMessageCorrelation(StageDeadlineProcess.MESSAGE_STAGE_MET)
        .processInstanceBusinessKey(caseNumber)
        .processInstanceVariableEquals(STAGE, stage.name())
        .correlateAllWithResult();
  }

  /**
   * Starts a watch of its own for a stage that is not the departments' (the reporter's feedback,
   * ADR 31): the same stage-deadline model, beside the case instead of in its handling fork.
   * {@code limit} is the deciding row (limit, workingDays, reminderShare, escalationFactor and
   * interimFeedback, false when the row has none);
   * {@code caseVariables} what the watch's steps read (title, town and county center groups).
   */
  public void watch(String caseNumber, Stage stage, Map<String, Object> limit, Map<String, Object> caseVariables) {
    Map<String, Object> variables = new HashMap<>(caseVariables);
    variables.put(StageDeadlineProcess.CASE_NUMBER, caseNumber);
    variables.put(STAGE, stage.name());
    for (String key : List.of(LIMIT, WORKING_DAYS, REMINDER_SHARE, ESCALATION_FACTOR)) {
      variables.put(key, limit.get(key));
    }
    variables.put(StageDeadlineProcess.INTERIM_FEEDBACK, Boolean.TRUE.equals(limit.get(StageDeadlineProcess.INTERIM_FEEDBACK)));
    runtime.startProcessInstanceByKey(StageDeadlineProcess.ID, caseNumber, variables);
  }

  /** The case ended without reaching the stage (cancelled): its watch goes, nothing is recorded as met. */
  public void stopWatching(String caseNumber, Stage stage, String reason) {
    runtime.createProcessInstanceQuery()
        .processDefinitionKey(StageDeadlineProcess.ID)
        .processInstanceBusinessKey(caseNumber)
        .variableValueEquals(STAGE, stage.name())
        .list()
        .forEach(watch -> runtime.deleteProcessInstance(watch.getId(), reason));
  }

  /** The holder asks for more time before the deadline; the town center decides in the watch. */
  @Override
  public void requestExtension(String caseNumber, Stage stage, String extendBy, String reason, String requestedBy) {
    try {
      runtime.createMessageCorrelation(StageDeadlineProcess.MESSAGE_EXTENSION_REQUESTED)
          .processInstanceBusinessKey(caseNumber)
          .processInstanceVariableEquals(STAGE, stage.name())
          .setVariablesLocal(Map.of(EXTEND_BY, extendBy, EXTENSION_REASON, reason, EXTENSION_REQUESTED_BY, requestedBy,
              EXTENSION_REQUESTED_BY_NAME, directory.person(requestedBy).map(Person::name).orElse(requestedBy)))
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException noWatch) {
      throw new DeadlineException("%s has no %s deadline being watched".formatted(caseNumber, stage));
    }
  }

  @Override
  public boolean extensionPending(String caseNumber, Stage stage) {
    return tasks.createTaskQuery()
        .processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(StageDeadlineProcess.ID)
        .taskDefinitionKey(StageDeadlineProcess.TASK_DECIDE_EXTENSION)
        .processVariableValueEquals(STAGE, stage.name())
        .count() > 0;
  }

  /**
   * The timers still pending in a watch evaluate their date expressions again, so they wait for
   * what the deadline record now says ({@link StageDeadlineDates}); timers that have fired stay fired.
   */
  public void rereadTimers(String watchInstanceId) {
    management.createJobQuery().processInstanceId(watchInstanceId).timers().list()
        .forEach(timer -> management.recalculateJobDuedate(timer.getId(), false));
  }

  /**
   * The open tasks of a case that were due at a stage's old deadline (its department's sign-for,
   * plan, result or contribution) are due at the new one.
   */
  public void moveTaskDueDates(String caseNumber, Date from, Date to) {
    tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).dueDate(from).list().forEach(task -> {
      task.setDueDate(to);
      tasks.saveTask(task);
    });
  }
}
