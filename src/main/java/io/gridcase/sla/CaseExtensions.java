package io.gridcase.sla;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The holder of a case asks for more time (延期) on a stage, before its deadline. */
@Service
public class CaseExtensions {

  private final DeadlineWatches watches;

  public CaseExtensions(DeadlineWatches watches) {
    this.watches = watches;
  }

  @Transactional
  public void request(String caseNumber, Stage stage, String extendBy, String reason, String requestedBy) {
    watches.requestExtension(caseNumber, stage, extendBy, reason, requestedBy);
  }
}
