package io.gridcase.engine.order;

import static io.gridcase.engine.DepartmentOrderProcess.CONTRIBUTION;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseClock;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.DepartmentOrders;
import io.gridcase.dispatch.OrderTask;
import io.gridcase.engine.order.OrderTasks;
import io.gridcase.engine.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordContribution} 记录协办意见: a co-handling department (协办) reports its part. */
@Component("recordContributionDelegate")
public class RecordContributionDelegate implements JavaDelegate {

  private final DepartmentOrders orders;
  private final CaseJournal journal;
  private final CaseClock clock;
  private final OrderTasks orderTasks;

  public RecordContributionDelegate(DepartmentOrders orders, CaseJournal journal, CaseClock clock, OrderTasks orderTasks) {
    this.orders = orders;
    this.journal = journal;
    this.clock = clock;
    this.orderTasks = orderTasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OrderTask order = orderTasks.of(execution);
    journal.record(
        order.caseNumber(), order.actor(), CaseAction.CONTRIBUTION_REPORTED,
        order.department() + ": " + Variables.required(execution, CONTRIBUTION));
    orders.complete(order.caseNumber(), order.department(), order.role(), clock.now());
  }
}
