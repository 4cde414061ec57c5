package io.gridcase.engine.order;

import static io.gridcase.engine.DepartmentOrderProcess.PLAN;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.dispatch.OrderTask;
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

  public RecordPlanDelegate(CaseJournal journal, OrderTasks orderTasks) {
    this.journal = journal;
    this.orderTasks = orderTasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OrderTask order = orderTasks.of(execution);
    journal.record(
        order.caseNumber(), order.actor(), CaseAction.PLAN_PROPOSED,
        order.department() + ": " + Variables.required(execution, PLAN));
  }
}
