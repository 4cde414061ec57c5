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
 * its retry). Each save point that waited {@link #SLOW_SECONDS} or more comes with what its process
 * instance did meanwhile ({@code slow}: the instance's job log and activities around the wait).
 */
record SavePoints(Timings lag, long failures, Map<String, Long> failureMessages, List<String> slow) {

  private static final String ASYNC = "job_def_type_ = 'async-continuation'";
  static final double SLOW_SECONDS = 3;

  private static final String SLOWEST = """
      select created.job_id_, created.process_instance_id_, created.act_id_, created.timestamp_ as created_at,
        done.timestamp_ as done_at, extract(epoch from (done.timestamp_ - created.timestamp_)) as waited
      from act_hi_job_log created join act_hi_job_log done on done.job_id_ = created.job_id_ and done.job_state_ = 2
      where created.job_state_ = 0 and created.job_def_type_ = 'async-continuation' and created.timestamp_ >= ?
        and done.timestamp_ - created.timestamp_ >= make_interval(secs => ?)
      order by waited desc limit 3""";

  /** One instance's job log and activity starts and ends in a window, in time order. */
  private static final String TIMELINE = """
      select timestamp_ as at, 'job ' || job_id_ || ' ' || case job_state_ when 0 then 'created' when 1 then 'failed'
          when 2 then 'done' else 'deleted' end || ' (' || coalesce(job_def_type_, '?') || ', ' || coalesce(act_id_, '?') || ')'
          as what
        from act_hi_job_log where process_instance_id_ = ? and timestamp_ between ? and ?
      union all
      select start_time_, 'activity ' || act_id_ || ' started' from act_hi_actinst
        where proc_inst_id_ = ? and start_time_ between ? and ?
      union all
      select end_time_, 'activity ' || act_id_ || ' ended' from act_hi_actinst
        where proc_inst_id_ = ? and end_time_ between ? and ?
      order by 1, 2""";

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
        messages.values().stream().mapToLong(Long::longValue).sum(), messages, slow(jdbc, since));
  }

  /** The slowest save points (at most three of {@link #SLOW_SECONDS} or more), each with its instance's timeline. */
  private static List<String> slow(JdbcClient jdbc, Timestamp since) {
    return jdbc.sql(SLOWEST).param(since).param(SLOW_SECONDS).query((rs, n) -> {
      String instance = rs.getString("process_instance_id_");
      Timestamp from = new Timestamp(rs.getTimestamp("created_at").getTime() - 1_000);
      Timestamp to = new Timestamp(rs.getTimestamp("done_at").getTime() + 1_000);
      String timeline = jdbc.sql(TIMELINE)
          .params(instance, from, to, instance, from, to, instance, from, to)
          .query((row, i) -> "    " + row.getTimestamp("at").toLocalDateTime().toLocalTime() + " " + row.getString("what"))
          .list().stream().collect(java.util.stream.Collectors.joining("\n"));
      return String.format(java.util.Locale.ROOT, "job %s (%s) of instance %s waited %.1f s; the instance meanwhile:%n%s",
          rs.getString("job_id_"), rs.getString("act_id_"), instance, rs.getDouble("waited"), timeline);
    }).list();
  }

  /** Now as the engine writes its job log (the JVM's clock, through JDBC). */
  static Timestamp now() {
    return new Timestamp(System.currentTimeMillis());
  }
}
