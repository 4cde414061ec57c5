package io.gridcase.sla;

import io.gridcase.casefile.CaseRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The holder of a case asks for more time (延期) on a stage, before its deadline, within the
 * extension-limit decision, and one request per stage at a time.
 */
@Service
public class CaseExtensions {

  private final RunningWatches watches;
  private final StageDeadlines deadlines;
  private final CaseDeadlines rows;
  private final CaseRecords records;
  private final ExtensionLimits limits;

  public CaseExtensions(RunningWatches watches, StageDeadlines deadlines, CaseDeadlines rows, CaseRecords records,
      ExtensionLimits limits) {
    this.watches = watches;
    this.deadlines = deadlines;
    this.rows = rows;
    this.records = records;
    this.limits = limits;
  }

  /**
   * @throws InvalidExtensionException extendBy unreadable, not positive or over the limit, or a stage that cannot be extended
   * @throws DeadlineException the stage is met or its deadline has passed
   * @throws ExtensionConflictException a request for the stage already waits, or the stage has had all its extensions
   */
  @Transactional
  public void request(String caseNumber, Stage stage, String extendBy, String reason, String requestedBy) {
    ExtensionLimits.Limit limit = limits.check(records.get(caseNumber).slaProfile(), stage, extendBy);
    rows.lock(caseNumber, stage);
    CaseDeadline deadline = deadlines.checkExtendable(caseNumber, stage);
    if (watches.extensionPending(caseNumber, stage)) {
      throw new ExtensionConflictException("%s 的%s延期申请正待审批，审批后方可再申请 / an extension of the %s stage of %s already waits for the town center's decision"
          .formatted(caseNumber, stage.label(), stage, caseNumber));
    }
    if (deadline.extensions() >= limit.maxExtensions()) {
      throw new ExtensionConflictException("%s 的%s已延期 %d 次，不能再延 / the %s stage of %s has had the %d extension(s) it may have"
          .formatted(caseNumber, stage.label(), deadline.extensions(), stage, caseNumber, limit.maxExtensions()));
    }
    watches.requestExtension(caseNumber, stage, extendBy.strip(), reason, requestedBy);
    deadlines.extensionRequested(caseNumber, stage, extendBy.strip(), reason, requestedBy);
  }
}
