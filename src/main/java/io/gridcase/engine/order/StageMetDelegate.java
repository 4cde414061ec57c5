package io.gridcase.engine.order;

import io.gridcase.engine.BusinessKey;
import io.gridcase.engine.Variables;
import io.gridcase.engine.deadline.DeadlineWatches;
import io.gridcase.sla.Stage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The 阶段完成 throw events of department-order ({@code Event_AcceptStageMet}, {@code Event_PlanStageMet},
 * {@code Event_DoneStageMet}): the lead department met the stage named by the event's input
 * {@code stage}; the stage is recorded and {@code StageMet} ends the case's watch of that stage.
 */
@Component("stageMetDelegate")
public class StageMetDelegate implements JavaDelegate {

  private final DeadlineWatches watches;

  public StageMetDelegate(DeadlineWatches watches) {
    this.watches = watches;
  }

  @Override
  public void execute(DelegateExecution execution) {
    watches.stageMet(BusinessKey.caseNumber(execution), Stage.valueOf(Variables.required(execution, "stage")));
  }
}
