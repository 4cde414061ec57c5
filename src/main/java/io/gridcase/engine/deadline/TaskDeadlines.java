package io.gridcase.engine.deadline;

import io.gridcase.sla.Stage;
import io.gridcase.sla.CaseDeadlines;
import io.gridcase.casefile.CaseClock;
import io.gridcase.engine.BusinessKey;
import io.gridcase.sla.calendar.WorkingDayCalendar;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Date;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The due dates of user tasks ({@code camunda:dueDate}): a department's task is due at its stage's
 * deadline in the case's current round ({@code ${taskDeadlines.stage(execution, 'ACCEPT')}}), a
 * step of the center's own after the limit {@code decisions/task-deadline.dmn} gives it
 * ({@code ${taskDeadlines.center(execution)}}).
 */
@Component("taskDeadlines")
public class TaskDeadlines {

  public static final String DECISION = "task-deadline";

  private final CaseDeadlines deadlines;
  private final DecisionService decisions;
  private final WorkingDayCalendar calendar;
  private final CaseClock clock;

  public TaskDeadlines(CaseDeadlines deadlines, DecisionService decisions, WorkingDayCalendar calendar, CaseClock clock) {
    this.deadlines = deadlines;
    this.decisions = decisions;
    this.calendar = calendar;
    this.clock = clock;
  }

  /**
   * The deadline of a stage of the case, or of the next stage its profile has (a petition has no
   * plan stage, so its plan is due when it must be done); none when the profile has neither. A
   * department's stage never falls back to the reporter's feedback deadline (ADR 31).
   */
  public Date stage(DelegateExecution execution, String stage) {
    String caseNumber = BusinessKey.caseNumber(execution);
    Stage from = Stage.valueOf(stage);
    return Arrays.stream(Stage.values())
        .filter(s -> s.compareTo(from) >= 0 && (s == from || s.isDepartments()))
        .flatMap(s -> deadlines.current(caseNumber, s).stream())
        .findFirst()
        .map(deadline -> Date.from(deadline.dueAt().toInstant()))
        .orElse(null);
  }

  /** A step of the center's own: now plus its row in task-deadline.dmn; none without a row. */
  public Date center(DelegateExecution execution) {
    DmnDecisionResultEntries row = decisions.evaluateDecisionByKey(DECISION)
        .variables(Variables.createVariables().putValue("task", execution.getCurrentActivityId()))
        .evaluate()
        .getFirstResult();
    if (row == null) {
      return null;
    }
    OffsetDateTime now = clock.now();
    boolean workingDays = Boolean.TRUE.equals(row.get("workingDays"));
    return Date.from(calendar.plus(now.atZoneSameInstant(WorkingDayCalendar.ZONE), (String) row.get("limit"), workingDays)
        .toInstant());
  }

  /** The end of Tasklist's "即将超时" (due soon) window: a day from now ({@code TasklistFilters}). */
  public Date dueSoonUntil() {
    return Date.from(clock.now().plusDays(1).toInstant());
  }
}
