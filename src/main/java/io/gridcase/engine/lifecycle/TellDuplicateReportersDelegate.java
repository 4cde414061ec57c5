package io.gridcase.engine.lifecycle;

import io.gridcase.duplicates.DuplicateLinks;
import io.gridcase.engine.BusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_TellDuplicateReporters} 告知重复件报告人 (ADR 19): the case closed; the reporter of each
 * case linked to it as 重复件 hears its outcome by the feedback mail, or SMS, queued with this step.
 */
@Component("tellDuplicateReportersDelegate")
public class TellDuplicateReportersDelegate implements JavaDelegate {

  private final DuplicateLinks links;

  public TellDuplicateReportersDelegate(DuplicateLinks links) {
    this.links = links;
  }

  @Override
  public void execute(DelegateExecution execution) {
    links.tellReporters(BusinessKey.caseNumber(execution));
  }
}
