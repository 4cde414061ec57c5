package io.gridcase.engine.deadline;

import static io.gridcase.engine.StageDeadlineProcess.EXTEND_BY;
import static io.gridcase.engine.StageDeadlineProcess.EXTENSION_APPROVED;
import static io.gridcase.engine.StageDeadlineProcess.EXTENSION_DECISION_NOTE;

import io.gridcase.engine.FormRefusal;
import io.gridcase.engine.TaskActor;
import io.gridcase.engine.Variables;
import io.gridcase.sla.StageDeadlines;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ApplyExtensionDecision}: an approved extension (延期) is one update of the deadline
 * record; the watch's pending timers then read their dates again, and the case's open tasks that
 * were due at the old deadline are due at the new one. Either way the holder hears the
 * decision.
 */
@Component("applyExtensionDecisionDelegate")
public class ApplyExtensionDecisionDelegate implements JavaDelegate {

  private final StageDeadlines deadlines;
  private final DeadlineWatches watches;
  private final StageDeadlineDates dates;

  public ApplyExtensionDecisionDelegate(StageDeadlines deadlines, DeadlineWatches watches, StageDeadlineDates dates) {
    this.deadlines = deadlines;
    this.watches = watches;
    this.dates = dates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean approved = Variables.flag(execution, EXTENSION_APPROVED);
    Date dueBefore = dates.dueAt(execution);
    FormRefusal.refusing(() -> deadlines.decideExtension(
        WatchStep.caseNumber(execution),
        WatchStep.stage(execution),
        Variables.required(execution, EXTEND_BY),
        approved,
        Variables.text(execution, EXTENSION_DECISION_NOTE),
        TaskActor.of(execution)));
    if (approved) {
      watches.rereadTimers(execution.getProcessInstanceId());
      watches.moveTaskDueDates(WatchStep.caseNumber(execution), dueBefore, dates.dueAt(execution));
    }
  }
}
