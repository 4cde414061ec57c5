package io.gridcase.sla;

import java.time.OffsetDateTime;

/** One stage deadline of a case in one handling round, and how it went. */
public record CaseDeadline(
    String caseNumber,
    Stage stage,
    int round,
    OffsetDateTime startedAt,
    OffsetDateTime dueAt,
    OffsetDateTime reminderAt,
    OffsetDateTime escalateAt,
    boolean workingDays,
    OffsetDateTime metAt,
    Boolean onTime,
    OffsetDateTime overdueAt,
    OffsetDateTime escalatedAt,
    int extensions) {

  public boolean isOpen() {
    return metAt == null;
  }
}
