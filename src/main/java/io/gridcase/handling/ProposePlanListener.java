package io.gridcase.handling;

import static io.gridcase.process.ProcessVariables.PLAN;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.process.OrderTask;
import io.gridcase.process.OrderTasks;
import io.gridcase.process.Variables;
import io.gridcase.sla.DeadlineWatches;
import io.gridcase.sla.Stage;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code UserTask_ProposePlan} completed: the lead department's plan (处置方案) goes on the record. */
@Component("proposePlanListener")
public class ProposePlanListener implements TaskListener {

  private final CaseJournal journal;
  private final DeadlineWatches watches;
  private final OrderTasks orderTasks;

  public ProposePlanListener(CaseJournal journal, DeadlineWatches watches, OrderTasks orderTasks) {
    this.journal = journal;
    this.watches = watches;
    this.orderTasks = orderTasks;
  }

  @Override
  public void notify(DelegateTask task) {
    OrderTask order = orderTasks.of(task);
    journal.record(
        order.caseNumber(), order.actor(), CaseAction.PLAN_PROPOSED,
        order.department() + ": " + Variables.required(task, PLAN));
    watches.stageMet(order.caseNumber(), Stage.PLAN);
  }
}
