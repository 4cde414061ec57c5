package io.gridcase.handling;

import static io.gridcase.process.ProcessVariables.CONTRIBUTION;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseClock;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.DepartmentOrders;
import io.gridcase.process.OrderTask;
import io.gridcase.process.OrderTasks;
import io.gridcase.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code UserTask_ReportContribution} completed: a co-handling department (协办) reports its part. */
@Component("reportContributionListener")
public class ReportContributionListener implements TaskListener {

  private final DepartmentOrders orders;
  private final CaseJournal journal;
  private final CaseClock clock;
  private final OrderTasks orderTasks;

  public ReportContributionListener(DepartmentOrders orders, CaseJournal journal, CaseClock clock, OrderTasks orderTasks) {
    this.orders = orders;
    this.journal = journal;
    this.clock = clock;
    this.orderTasks = orderTasks;
  }

  @Override
  public void notify(DelegateTask task) {
    OrderTask order = orderTasks.of(task);
    journal.record(
        order.caseNumber(), order.actor(), CaseAction.CONTRIBUTION_REPORTED,
        order.department() + ": " + Variables.required(task, CONTRIBUTION));
    orders.complete(order.caseNumber(), order.department(), order.role(), clock.now());
  }
}
