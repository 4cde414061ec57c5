package io.gridcase.supervision;

import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.CaseStatus;
import io.gridcase.closing.CaseAlreadyFinishedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A supervisor urges (催办) a running case: a message into it, which mails whoever holds it. */
@Service
public class CaseUrgings {

  private final UrgingMessages messages;
  private final CaseRecords records;

  public CaseUrgings(UrgingMessages messages, CaseRecords records) {
    this.messages = messages;
    this.records = records;
  }

  @Transactional
  public void urge(String caseNumber, String urgedBy, String message) {
    CaseRecord urged = records.get(caseNumber);
    if (urged.status() != CaseStatus.OPEN) {
      throw new CaseAlreadyFinishedException(caseNumber, urged.status());
    }
    messages.urge(caseNumber, urgedBy, message);
  }

  /** A supervision's urging: a case closed meanwhile needs no urging. */
  public void urgeIfOpen(String caseNumber, String urgedBy, String message) {
    if (records.get(caseNumber).status() == CaseStatus.OPEN) {
      urge(caseNumber, urgedBy, message);
    }
  }
}
