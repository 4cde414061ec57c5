package io.gridcase.casefile;

import java.time.OffsetDateTime;

/**
 * One case as Gridcase keeps it beside the engine: the facts reported, where it stands, and the
 * outcome (kept apart from the status and from the reporter's satisfaction).
 */
public record CaseRecord(
    String caseNumber,
    String channel,
    String externalId,
    String title,
    String description,
    String reportedCategory,
    String category,
    String priority,
    String slaProfile,
    Place place,
    Reporter reporter,
    Enterprise enterprise,
    boolean overseasChinese,
    OffsetDateTime occurredAt,
    OffsetDateTime reportedAt,
    CaseStatus status,
    CaseStage stage,
    String leadDepartment,
    String outcome,
    String resultSummary,
    String satisfaction,
    int reopenCount,
    int rejectionCount,
    OffsetDateTime dispatchedAt,
    OffsetDateTime closedAt,
    String processInstanceId,
    boolean flagged) {

  /** Where the case happened: the grid it belongs to and what the reporter said. */
  public record Place(
      String gridCode, String townCode, String countyCode, String address, Double lat, Double lng) {}

  public boolean isSme() {
    return enterprise != null;
  }
}
