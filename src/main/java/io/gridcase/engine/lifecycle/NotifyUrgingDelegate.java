package io.gridcase.engine.lifecycle;

import static io.gridcase.engine.CaseLifecycleProcess.URGED_BY;
import static io.gridcase.engine.CaseLifecycleProcess.URGING_MESSAGE;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.engine.BusinessKey;
import io.gridcase.engine.Variables;
import io.gridcase.supervision.UrgingMails;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_NotifyHolderOfUrging}: the urging goes on the record and to whoever holds the case. */
@Component("notifyUrgingDelegate")
public class NotifyUrgingDelegate implements JavaDelegate {

  private final CaseJournal journal;
  private final UrgingMails mails;

  public NotifyUrgingDelegate(CaseJournal journal, UrgingMails mails) {
    this.journal = journal;
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = BusinessKey.caseNumber(execution);
    String urgedBy = Variables.required(execution, URGED_BY);
    String message = Variables.required(execution, URGING_MESSAGE);
    long urging = journal.recordNow(caseNumber, urgedBy, CaseAction.URGED, message);
    mails.urged(caseNumber, urgedBy, message, urging);
  }
}
