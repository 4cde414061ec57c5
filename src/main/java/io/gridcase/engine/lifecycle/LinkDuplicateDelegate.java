package io.gridcase.engine.lifecycle;

import static io.gridcase.engine.CaseLifecycleProcess.CATEGORY;
import static io.gridcase.engine.CaseLifecycleProcess.MASTER_CASE_NUMBER;

import io.gridcase.duplicates.DuplicateLinks;
import io.gridcase.engine.BusinessKey;
import io.gridcase.engine.FormRefusal;
import io.gridcase.engine.TaskActor;
import io.gridcase.engine.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_LinkDuplicate} 关联主件 (ADR 19): right after the manual triage, in its transaction, so a
 * master that cannot be linked (missing, closed, another category, the case itself) refuses the form
 * at {@code masterCaseNumber}; else links the case to it and closes the case as 重复件.
 */
@Component("linkDuplicateDelegate")
public class LinkDuplicateDelegate implements JavaDelegate {

  private final DuplicateLinks links;

  public LinkDuplicateDelegate(DuplicateLinks links) {
    this.links = links;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormRefusal.refusing(() -> links.link(BusinessKey.caseNumber(execution), Variables.text(execution, MASTER_CASE_NUMBER),
        Variables.text(execution, CATEGORY), TaskActor.of(execution)));
  }
}
