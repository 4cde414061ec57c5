package io.gridcase.casefile;

import java.time.OffsetDateTime;

/** One department's part of a case: lead (主办) or co-handler (协办), and how far it got. */
public record DepartmentOrder(
    String department,
    Role role,
    Status status,
    OffsetDateTime dispatchedAt,
    OffsetDateTime signedAt,
    OffsetDateTime completedAt,
    int rejections) {

  public enum Role {
    LEAD,
    CO
  }

  public enum Status {
    DISPATCHED,
    SIGNED,
    REJECTED,
    DONE
  }
}
