package io.gridcase.engine.supervision;

import static io.gridcase.engine.SuperviseCaseProcess.CASE_NUMBER;
import static io.gridcase.engine.SuperviseCaseProcess.DUE_AT;
import static io.gridcase.engine.SuperviseCaseProcess.STAGE;
import static io.gridcase.engine.SuperviseCaseProcess.SUPERVISION_GROUP;
import static io.gridcase.engine.SuperviseCaseProcess.TITLE;

import io.gridcase.casefile.CaseRecords;
import io.gridcase.engine.SuperviseCaseProcess;
import io.gridcase.engine.deadline.StageDeadlineDates;
import io.gridcase.engine.BusinessKey;
import io.gridcase.engine.Variables;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Starts a supervision (督办) of a case for a group, beside the case so it never holds it up.
 * The stage-deadline model calls it from its message throw events:
 * {@code ${supervisionRequests.request(execution, 'supervisors')}}.
 */
@Component("supervisionRequests")
public class SupervisionRequests {

  private final RuntimeService runtime;
  private final CaseRecords records;
  private final StageDeadlineDates deadlineDates;

  public SupervisionRequests(RuntimeService runtime, CaseRecords records, StageDeadlineDates deadlineDates) {
    this.runtime = runtime;
    this.records = records;
    this.deadlineDates = deadlineDates;
  }

  public void request(DelegateExecution watch, String supervisionGroup) {
    String caseNumber = BusinessKey.caseNumber(watch);
    Map<String, Object> variables = new HashMap<>();
    variables.put(CASE_NUMBER, caseNumber);
    variables.put(TITLE, records.get(caseNumber).title());
    variables.put(STAGE, Variables.required(watch, STAGE));
    variables.put(DUE_AT, deadlineDates.dueAt(watch));
    variables.put(SUPERVISION_GROUP, supervisionGroup);
    runtime.startProcessInstanceByMessage(SuperviseCaseProcess.MESSAGE_SUPERVISION_REQUESTED, caseNumber, variables);
  }
}
