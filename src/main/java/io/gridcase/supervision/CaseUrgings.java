package io.gridcase.supervision;

import static io.gridcase.process.ProcessVariables.MESSAGE_CASE_URGED;
import static io.gridcase.process.ProcessVariables.SUPERVISION_NOTE;
import static io.gridcase.process.ProcessVariables.URGED_BY;
import static io.gridcase.process.ProcessVariables.URGING_MESSAGE;

import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.CaseStatus;
import io.gridcase.closing.CaseAlreadyFinishedException;
import io.gridcase.process.BusinessKey;
import io.gridcase.process.TaskActor;
import io.gridcase.process.Variables;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A supervisor urges (催办) a running case: a message into it, which mails whoever holds it. */
@Service("caseUrgings")
public class CaseUrgings {

  private final RuntimeService runtime;
  private final CaseRecords records;

  public CaseUrgings(RuntimeService runtime, CaseRecords records) {
    this.runtime = runtime;
    this.records = records;
  }

  @Transactional
  public void urge(String caseNumber, String urgedBy, String message) {
    CaseRecord urged = records.get(caseNumber);
    if (urged.status() != CaseStatus.OPEN) {
      throw new CaseAlreadyFinishedException(caseNumber, urged.status());
    }
    runtime.createMessageCorrelation(MESSAGE_CASE_URGED)
        .processInstanceBusinessKey(caseNumber)
        .setVariablesLocal(Map.of(URGING_MESSAGE, message, URGED_BY, urgedBy))
        .correlateWithResult();
  }

  /** From {@code Event_UrgeHolder} in supervise-case; a case closed meanwhile needs no urging. */
  public void urgeFromSupervision(DelegateExecution supervision) {
    String caseNumber = BusinessKey.caseNumber(supervision);
    if (records.get(caseNumber).status() == CaseStatus.OPEN) {
      urge(caseNumber, TaskActor.of(supervision), Variables.required(supervision, SUPERVISION_NOTE));
    }
  }
}
