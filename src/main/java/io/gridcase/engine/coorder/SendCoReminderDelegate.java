package io.gridcase.engine.coorder;

import io.gridcase.coorder.CoOrderDeadlines;
import io.gridcase.engine.BusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendCoReminder} 提醒协办部门: the contribution is due soon; the co-handling department is mailed. */
@Component("sendCoReminderDelegate")
public class SendCoReminderDelegate implements JavaDelegate {

  private final CoOrderDeadlines deadlines;

  public SendCoReminderDelegate(CoOrderDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deadlines.remind(BusinessKey.caseNumber(execution), execution.getProcessInstanceId());
  }
}
