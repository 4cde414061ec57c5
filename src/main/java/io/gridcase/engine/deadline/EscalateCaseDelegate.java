package io.gridcase.engine.deadline;

import static io.gridcase.engine.StageDeadlineProcess.COUNTY_CENTER_GROUP;

import io.gridcase.engine.Variables;
import io.gridcase.sla.StageDeadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_EscalateCase}: many times over the deadline; the case is flagged and the county center is mailed. */
@Component("escalateCaseDelegate")
public class EscalateCaseDelegate implements JavaDelegate {

  private final StageDeadlines deadlines;

  public EscalateCaseDelegate(StageDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deadlines.escalate(WatchStep.caseNumber(execution), WatchStep.stage(execution), Variables.required(execution, COUNTY_CENTER_GROUP));
  }
}
