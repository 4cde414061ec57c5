package io.gridcase.engine.coorder;

import io.gridcase.coorder.CoOrderDeadline;
import io.gridcase.coorder.CoOrderDeadlines;
import io.gridcase.engine.BusinessKey;
import io.gridcase.engine.deadline.TaskDeadlines;
import io.gridcase.engine.order.OrderTasks;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The co-handler's own dates as department-order's expressions read them (ADR 24): the input of
 * {@code co-handling-deadline} ({@code ${coOrderDates.slaProfile(execution)}}), the due dates of
 * the sign-for and contribution tasks, the sign-for watch's and the contribution's reminder and
 * breach timers (ADR 29), all from
 * the order row ({@link CoOrderDeadlines}); no process variable holds a date. A lead order, and a
 * co-order whose profile has no row, is due at the case's stage deadlines as before.
 */
@Component("coOrderDates")
public class CoOrderDeadlineDates {

  private final CoOrderDeadlines deadlines;
  private final TaskDeadlines taskDeadlines;
  private final OrderTasks orderTasks;

  public CoOrderDeadlineDates(CoOrderDeadlines deadlines, TaskDeadlines taskDeadlines, OrderTasks orderTasks) {
    this.deadlines = deadlines;
    this.taskDeadlines = taskDeadlines;
    this.orderTasks = orderTasks;
  }

  public String slaProfile(DelegateExecution execution) {
    return deadlines.slaProfile(BusinessKey.caseNumber(execution));
  }

  /** 签收工单's due date: the co-handler's own sign-for deadline, the lead's 签收回复 deadline. */
  public Date signForDue(DelegateExecution execution) {
    return own(execution, CoOrderDeadline::signForDueAt).orElseGet(() -> taskDeadlines.stage(execution, "ACCEPT"));
  }

  /** 上报协办意见's due date and breach timer. */
  public Date contributionDue(DelegateExecution execution) {
    return own(execution, CoOrderDeadline::contributionDueAt).orElseGet(() -> taskDeadlines.stage(execution, "DONE"));
  }

  /** The contribution's reminder timer; without a row of its own, at its due date. */
  public Date contributionRemindAt(DelegateExecution execution) {
    return own(execution, CoOrderDeadline::contributionRemindAt).orElseGet(() -> contributionDue(execution));
  }

  /** The co sign-for watch's reminder timer (ADR 29); without a row of its own, at its due date. */
  public Date signForRemindAt(DelegateExecution execution) {
    return own(execution, CoOrderDeadline::signForRemindAt).orElseGet(() -> signForDue(execution));
  }

  /**
   * {@code Gateway_CoSignForDated}: whether the co-order's sign-for has a date to watch, its own or
   * the case's 签收回复; without one (no deadline row at all) the watch ends at once.
   */
  public boolean signForDated(DelegateExecution execution) {
    return signForDue(execution) != null;
  }

  /** {@code Gateway_CoSignForAwaited}: the department now holding the co-order is still unsigned at its reminder time. */
  public boolean signForReminderDue(DelegateExecution execution) {
    return deadlines.awaitsSignFor(BusinessKey.caseNumber(execution), execution.getProcessInstanceId(),
        CoOrderDeadline::signForRemindAt);
  }

  /** {@code Gateway_CoSignForMissed}: the department now holding the co-order is still unsigned past its sign-for deadline. */
  public boolean signForMissed(DelegateExecution execution) {
    return deadlines.awaitsSignFor(BusinessKey.caseNumber(execution), execution.getProcessInstanceId(),
        CoOrderDeadline::signForDueAt);
  }

  private Optional<Date> own(DelegateExecution execution, Function<CoOrderDeadline, OffsetDateTime> date) {
    if (!"CO".equals(orderTasks.role(execution))) {
      return Optional.empty();
    }
    return deadlines.ofInstance(BusinessKey.caseNumber(execution), execution.getProcessInstanceId())
        .map(date)
        .map(at -> Date.from(at.toInstant()));
  }
}
