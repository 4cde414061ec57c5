package io.gridcase.engine.coorder;

import io.gridcase.coorder.CoOrderDeadlines;
import io.gridcase.engine.BusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordCoSignForBreach} 记录协办签收超时 (ADR 29): the co-handler did not sign for its order
 * by its own deadline; journaled (DEADLINE_MISSED naming the department), mailed to it and to the lead.
 */
@Component("recordCoSignForBreachDelegate")
public class RecordCoSignForBreachDelegate implements JavaDelegate {

  private final CoOrderDeadlines deadlines;

  public RecordCoSignForBreachDelegate(CoOrderDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deadlines.signForBreach(BusinessKey.caseNumber(execution), execution.getProcessInstanceId());
  }
}
