package io.gridcase.engine.supervision;

import static io.gridcase.engine.SuperviseCaseProcess.SUPERVISION_NOTE;

import io.gridcase.engine.BusinessKey;
import io.gridcase.engine.TaskActor;
import io.gridcase.engine.Variables;
import io.gridcase.supervision.CaseUrgings;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * {@code Event_UrgeHolder} in supervise-case: the supervisor's note urges the holder of the case,
 * as the supervisor who decided it: {@code ${supervisionUrgings.urge(execution)}}.
 */
@Component("supervisionUrgings")
public class SupervisionUrgings {

  private final CaseUrgings urgings;

  public SupervisionUrgings(CaseUrgings urgings) {
    this.urgings = urgings;
  }

  public void urge(DelegateExecution supervision) {
    urgings.urgeIfOpen(BusinessKey.caseNumber(supervision), TaskActor.of(supervision),
        Variables.required(supervision, SUPERVISION_NOTE));
  }
}
