package io.gridcase.engine.coorder;

import io.gridcase.coorder.CoOrderDeadlines;
import io.gridcase.engine.BusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordCoBreach} 记录协办超时: the co-handler missed its contribution deadline; recorded
 * on its row and the journal (DEADLINE_MISSED naming the department), mailed to it and to the lead.
 */
@Component("recordCoBreachDelegate")
public class RecordCoBreachDelegate implements JavaDelegate {

  private final CoOrderDeadlines deadlines;

  public RecordCoBreachDelegate(CoOrderDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deadlines.breach(BusinessKey.caseNumber(execution), execution.getProcessInstanceId());
  }
}
