package io.gridcase.engine.order;

import static io.gridcase.engine.DepartmentOrderProcess.PLAN;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.dispatch.OrderTask;
import io.gridcase.notification.SmsKind;
import io.gridcase.notification.SmsNotices;
import java.util.Map;
import io.gridcase.engine.order.OrderTasks;
import io.gridcase.engine.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordPlan} 记录方案, after {@code UserTask_ProposePlan}: the lead department's plan (处置方案) goes on the record. */
@Component("recordPlanDelegate")
public class RecordPlanDelegate implements JavaDelegate {

  private final CaseJournal journal;
  private final OrderTasks orderTasks;
  private final SmsNotices notices;

  public RecordPlanDelegate(CaseJournal journal, OrderTasks orderTasks, SmsNotices notices) {
    this.journal = journal;
    this.orderTasks = orderTasks;
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OrderTask order = orderTasks.of(execution);
    String plan = Variables.required(execution, PLAN);
    journal.record(order.caseNumber(), order.actor(), CaseAction.PLAN_PROPOSED, order.department() + ": " + plan);
    notices.send(SmsKind.PLAN_PROPOSED, order.caseNumber(), order.department(), Map.of("plan", plan));
  }
}
