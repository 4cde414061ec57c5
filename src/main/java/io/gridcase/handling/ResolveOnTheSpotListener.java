package io.gridcase.handling;

import static io.gridcase.process.ProcessVariables.OUTCOME;
import static io.gridcase.process.ProcessVariables.RESOLVED_ON_THE_SPOT;
import static io.gridcase.process.ProcessVariables.RESULT_SUMMARY;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.process.BusinessKey;
import io.gridcase.process.TaskActor;
import io.gridcase.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code UserTask_ResolveOnTheSpot} completed: the grid worker settled it (就地化解) or could not. */
@Component("resolveOnTheSpotListener")
public class ResolveOnTheSpotListener implements TaskListener {

  private final CaseResults results;
  private final CaseJournal journal;

  public ResolveOnTheSpotListener(CaseResults results, CaseJournal journal) {
    this.results = results;
    this.journal = journal;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = BusinessKey.caseNumber(task);
    String summary = Variables.text(task, RESULT_SUMMARY);
    if (Variables.flag(task, RESOLVED_ON_THE_SPOT)) {
      Outcome outcome = Variables.text(task, OUTCOME) == null ? Outcome.RESOLVED : Outcome.parse(Variables.text(task, OUTCOME));
      results.report(caseNumber, TaskActor.of(task), CaseAction.RESOLVED_ON_THE_SPOT, outcome, summary);
    } else {
      journal.record(caseNumber, TaskActor.of(task), CaseAction.NOT_RESOLVED_ON_THE_SPOT, summary);
    }
  }
}
