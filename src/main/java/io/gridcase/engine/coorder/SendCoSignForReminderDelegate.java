package io.gridcase.engine.coorder;

import io.gridcase.coorder.CoOrderDeadlines;
import io.gridcase.engine.BusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendCoSignForReminder} 提醒协办部门签收 (ADR 29): the sign-for is due soon; the co-handling department is mailed. */
@Component("sendCoSignForReminderDelegate")
public class SendCoSignForReminderDelegate implements JavaDelegate {

  private final CoOrderDeadlines deadlines;

  public SendCoSignForReminderDelegate(CoOrderDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deadlines.remindSignFor(BusinessKey.caseNumber(execution), execution.getProcessInstanceId());
  }
}
