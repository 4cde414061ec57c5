package io.gridcase.engine.deadline;

import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The priority of a user task ({@code camunda:priority="${taskPriorities.of(execution)}"}) from
 * its case's priority, as {@code decisions/task-priority.dmn} maps it. The case comes from the
 * business key and its priority from the case record, never from a variable a form could send.
 */
@Component("taskPriorities")
public class TaskPriorities {

  public static final String DECISION = "task-priority";

  private final CaseRecords records;
  private final DecisionService decisions;

  public TaskPriorities(CaseRecords records, DecisionService decisions) {
    this.records = records;
    this.decisions = decisions;
  }

  public int of(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    String casePriority = key == null ? null : records.find(key).map(CaseRecord::priority).orElse(null);
    Object priority = decisions.evaluateDecisionByKey(DECISION)
        .variables(Variables.createVariables().putValue("casePriority", casePriority))
        .evaluate()
        .getSingleEntry();
    return ((Number) priority).intValue();
  }
}
