package io.gridcase.engine.coorder;

import io.gridcase.coorder.CoOrderDeadlines;
import io.gridcase.coorder.CoOrderLimits;
import io.gridcase.engine.BusinessKey;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SetCoDeadlines} 设定协办时限: records the co-order's own deadlines from the row
 * {@code Task_DecideCoDeadlines} just took from {@code co-handling-deadline} (variable
 * {@code coDeadlineLimits}, written in this same transaction). A profile without a row sets nothing:
 * the co-handler is then due at the case's stage deadlines.
 */
@Component("setCoDeadlinesDelegate")
public class SetCoDeadlinesDelegate implements JavaDelegate {

  public static final String LIMITS = "coDeadlineLimits";

  private final CoOrderDeadlines deadlines;

  public SetCoDeadlinesDelegate(CoOrderDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!(execution.getVariable(LIMITS) instanceof Map<?, ?> row)) {
      return;
    }
    deadlines.set(BusinessKey.caseNumber(execution), execution.getProcessInstanceId(), new CoOrderLimits(
        (String) row.get("signForLimit"),
        (String) row.get("contributionLimit"),
        Boolean.TRUE.equals(row.get("workingDays")),
        ((Number) row.get("reminderShare")).doubleValue(),
        Boolean.TRUE.equals(row.get("escalateToLead"))));
    execution.removeVariable(LIMITS);
  }
}
