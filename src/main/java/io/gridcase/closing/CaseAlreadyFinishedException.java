package io.gridcase.closing;

import io.gridcase.casefile.CaseStatus;

/** A change asked of a case that is already closed or cancelled. */
public class CaseAlreadyFinishedException extends RuntimeException {

  public CaseAlreadyFinishedException(String caseNumber, CaseStatus status) {
    super("Case %s is already %s".formatted(caseNumber, status));
  }
}
