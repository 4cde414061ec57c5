package io.gridcase.engine.mediation;

import static io.gridcase.engine.DisputeMediationProcess.VAR_DUE;
import static io.gridcase.engine.DisputeMediationProcess.VAR_LEVEL_NAME;
import static io.gridcase.engine.DisputeMediationProcess.VAR_LIMIT;

import io.gridcase.casefile.CaseClock;
import io.gridcase.engine.BusinessKey;
import io.gridcase.engine.Variables;
import io.gridcase.mediation.MediationSteps;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** A level takes the dispute: due now plus the level's limit from mediation-deadline, journaled. */
@Component
class LevelDeadline {

  private final CaseClock clock;
  private final MediationSteps steps;

  LevelDeadline(CaseClock clock, MediationSteps steps) {
    this.clock = clock;
    this.steps = steps;
  }

  void enter(DelegateExecution execution) {
    OffsetDateTime due = clock.now().plus(Duration.parse(Variables.required(execution, VAR_LIMIT)));
    execution.setVariable(VAR_DUE, Date.from(due.toInstant()));
    steps.entered(BusinessKey.caseNumber(execution), Variables.required(execution, VAR_LEVEL_NAME), due);
  }
}
