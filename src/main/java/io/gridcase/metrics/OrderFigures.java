package io.gridcase.metrics;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What one department's orders on a case add to that department's row (a {@code kpi_case_department}
 * row): its rejections, and, as a co-handler, its sign-for and contribution against its own
 * deadlines (ADR 24): {@link Counter#CO_ORDER}.
 */
record OrderFigures(int rejections, int acceptDue, int acceptOnTime, int doneDue, int doneOnTime) {

  /**
   * The one definition, over the case's {@code case_department} rows grouped by department: after
   * each step for one case, and by a rebuild for all. A co-handler's sign-for counts once made
   * (there is no sign-for breach of its own yet); its contribution once made or once its deadline
   * was recorded missed. Lead rows have no co deadlines and add 0.
   */
  static final String SUMS = """
      sum(rejections) as rejections,
      sum(case when role = 'CO' and co_sign_for_due_at is not null and signed_at is not null then 1 else 0 end) as accept_due,
      sum(case when role = 'CO' and co_sign_for_due_at is not null and signed_at <= co_sign_for_due_at then 1 else 0 end)
        as accept_on_time,
      sum(case when role = 'CO' and co_contribution_due_at is not null
        and (completed_at is not null or co_contribution_missed_at is not null) then 1 else 0 end) as done_due,
      sum(case when role = 'CO' and co_contribution_due_at is not null and completed_at <= co_contribution_due_at
        then 1 else 0 end) as done_on_time""";

  /** The columns of kpi_case_department these fill, in the order of {@link #SUMS}. */
  static final String COLUMNS = "rejections, accept_due, accept_on_time, done_due, done_on_time";

  static OrderFigures map(ResultSet rs) throws SQLException {
    return new OrderFigures(rs.getInt("rejections"), rs.getInt("accept_due"), rs.getInt("accept_on_time"),
        rs.getInt("done_due"), rs.getInt("done_on_time"));
  }

  /** What this order adds to its department's row. */
  long[] counts() {
    long[] order = new long[Counter.ALL.length];
    order[Counter.DISPATCHED.ordinal()] = 1;
    order[Counter.REJECTED.ordinal()] = rejections > 0 ? 1 : 0;
    order[Counter.REJECTIONS.ordinal()] = rejections;
    order[Counter.ACCEPT_DUE.ordinal()] = acceptDue;
    order[Counter.ACCEPT_ON_TIME.ordinal()] = acceptOnTime;
    order[Counter.DONE_DUE.ordinal()] = doneDue;
    order[Counter.DONE_ON_TIME.ordinal()] = doneOnTime;
    return order;
  }
}
