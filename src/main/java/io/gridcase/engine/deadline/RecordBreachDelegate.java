package io.gridcase.engine.deadline;

import io.gridcase.sla.StageDeadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordBreach}: the deadline passed; the stage is overdue and the supervisors are mailed. */
@Component("recordBreachDelegate")
public class RecordBreachDelegate implements JavaDelegate {

  private final StageDeadlines deadlines;

  public RecordBreachDelegate(StageDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deadlines.breach(WatchStep.caseNumber(execution), WatchStep.stage(execution));
  }
}
