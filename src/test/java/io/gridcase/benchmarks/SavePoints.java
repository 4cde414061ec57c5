package io.gridcase.benchmarks;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long the lifecycle waited for the job executor at its save points (the feedback mail's
 * {@code asyncBefore}/{@code asyncAfter} continuations): from the job log, each async job's
 * creation to its success, and the failures on the way (with their messages: a failed job waits for
 * its retry).
 */
record SavePoints(Timings lag, long failures, Map<String, Long> failureMessages) {

  private static final String ASYNC = "job_def_type_ = 'async-continuation'";

  static SavePoints since(DataSource database, Timestamp since, double seconds) {
    JdbcClient jdbc = JdbcClient.create(database);
    List<Double> lags = jdbc.sql("select extract(epoch from (done.timestamp_ - created.timestamp_)) * 1000"
            + " from act_hi_job_log created join act_hi_job_log done on done.job_id_ = created.job_id_ and done.job_state_ = 2"
            + " where created.job_state_ = 0 and created." + ASYNC + " and created.timestamp_ >= ?")
        .param(since).query(Double.class).list();
    Map<String, Long> messages = new java.util.TreeMap<>();
    jdbc.sql("select coalesce(substr(job_exception_msg_, 1, 160), '(none)') as message, count(*) as failures from act_hi_job_log"
            + " where job_state_ = 1 and timestamp_ >= ? group by 1")
        .param(since).query((rs, n) -> messages.put(rs.getString("message"), rs.getLong("failures"))).list();
    return new SavePoints(Timings.of(seconds, lags.stream().mapToDouble(Double::doubleValue).toArray()),
        messages.values().stream().mapToLong(Long::longValue).sum(), messages);
  }

  /** Now as the engine writes its job log (the JVM's clock, through JDBC). */
  static Timestamp now() {
    return new Timestamp(System.currentTimeMillis());
  }
}
