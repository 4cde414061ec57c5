package io.gridcase.coorder;

import java.time.OffsetDateTime;

/**
 * A co-handling department's order (协办) with its own deadlines (ADR 24): sign for it by
 * {@code signForDueAt}, report its contribution by {@code contributionDueAt}, both counted from the
 * co-order's dispatch. Dates are null for an order whose profile has no co-handler row.
 */
public record CoOrderDeadline(
    String caseNumber,
    String department,
    String status,
    OffsetDateTime dispatchedAt,
    OffsetDateTime signedAt,
    OffsetDateTime completedAt,
    OffsetDateTime signForDueAt,
    OffsetDateTime signForRemindAt,
    OffsetDateTime contributionDueAt,
    OffsetDateTime contributionRemindAt,
    boolean escalateToLead,
    OffsetDateTime contributionMissedAt) {

  /** Where the co-handler stands, as the lead sees it. */
  public enum State {
    /** 已反馈: the contribution is in. */
    REPORTED("已反馈"),
    /** 已逾期: a deadline of its own passed and the step it was for is not done. */
    LATE("已逾期"),
    /** 未逾期: still within its deadlines. */
    IN_TIME("未逾期");

    private final String label;

    State(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public State state(OffsetDateTime now) {
    if ("DONE".equals(status)) {
      return State.REPORTED;
    }
    boolean signForLate = signedAt == null && signForDueAt != null && now.isAfter(signForDueAt);
    boolean contributionLate = contributionDueAt != null && now.isAfter(contributionDueAt);
    return signForLate || contributionLate ? State.LATE : State.IN_TIME;
  }

  /** The deadline the co-handler works towards now: sign-for before signing, then the contribution. */
  public OffsetDateTime currentDueAt() {
    return signedAt == null && signForDueAt != null && !"DONE".equals(status) ? signForDueAt : contributionDueAt;
  }
}
