package io.gridcase.engine.lifecycle;

import static io.gridcase.engine.CaseLifecycleProcess.OUTCOME;
import static io.gridcase.engine.CaseLifecycleProcess.RESOLVED_ON_THE_SPOT;
import static io.gridcase.engine.CaseLifecycleProcess.RESULT_SUMMARY;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.handling.CaseResults;
import io.gridcase.handling.Outcome;
import io.gridcase.engine.BusinessKey;
import io.gridcase.engine.TaskActor;
import io.gridcase.engine.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordOnTheSpot} 记录就地解决: the grid worker settled it (就地化解) or could not. */
@Component("recordOnTheSpotDelegate")
public class RecordOnTheSpotDelegate implements JavaDelegate {

  private final CaseResults results;
  private final CaseJournal journal;

  public RecordOnTheSpotDelegate(CaseResults results, CaseJournal journal) {
    this.results = results;
    this.journal = journal;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = BusinessKey.caseNumber(execution);
    String summary = Variables.text(execution, RESULT_SUMMARY);
    if (Variables.flag(execution, RESOLVED_ON_THE_SPOT)) {
      Outcome outcome = Variables.text(execution, OUTCOME) == null ? Outcome.RESOLVED : Outcome.parse(Variables.text(execution, OUTCOME));
      results.report(caseNumber, TaskActor.of(execution), CaseAction.RESOLVED_ON_THE_SPOT, outcome, summary);
    } else {
      journal.record(caseNumber, TaskActor.of(execution), CaseAction.NOT_RESOLVED_ON_THE_SPOT, summary);
    }
  }
}
