package io.gridcase.signals;

import java.time.OffsetDateTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The right to raise an alert for one category and place ({@code weak_signal_watch}): claimed by a
 * conditional update of the place's row, so of two cases of one spike checked at once only one
 * raises the alert; the other waits for the first's commit and finds the window taken.
 */
@Repository
class WeakSignalWatches {

  private final JdbcClient jdbc;
  private final TransactionTemplate savepoint;

  WeakSignalWatches(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * True if no alert was raised for the place within the window ({@code since}, {@code now}]: the
   * caller now raises it. An alert stamped after {@code now} (a clock set back, data imported from
   * another system) does not cover this window.
   */
  boolean claim(String category, String scope, String place, OffsetDateTime since, OffsetDateTime now) {
    ensureRow(category, scope, place);
    return jdbc.sql("update weak_signal_watch set last_raised_at = ? where category = ? and scope = ? and place_code = ?"
            + " and (last_raised_at is null or last_raised_at <= ? or last_raised_at > ?)")
        .params(now, category, scope, place, since, now)
        .update() == 1;
  }

  private void ensureRow(String category, String scope, String place) {
    try {
      // a savepoint, because on PostgreSQL a failed insert would otherwise abort the caller's transaction
      savepoint.executeWithoutResult(status -> jdbc.sql(
              "insert into weak_signal_watch (category, scope, place_code) select ?, ?, ? where not exists"
                  + " (select 1 from weak_signal_watch where category = ? and scope = ? and place_code = ?)")
          .params(category, scope, place, category, scope, place)
          .update());
    } catch (DuplicateKeyException raced) {
      // inserted by a concurrent check: the row is there, which is all this needs
    }
  }
}
