package io.gridcase.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Watches an application's database while a phase runs, every 250 ms on a daemon thread: which
 * backends of its database wait for a lock and who blocks them (PostgreSQL's {@code pg_stat_activity}
 * and {@code pg_blocking_pids}), the application's Hikari pool, and the job executor's backlog in
 * {@code act_ru_job}. It queries over a connection of its own (the pool's URL and login), never
 * one of the pool it measures. {@link #stop()} gives the {@link Stalls} seen.
 */
final class StallWatch {

  static final long PERIOD_MILLIS = 250;
  /** A lock wait this long is said on the console as soon as it is seen, in case the run never ends. */
  private static final double SAY_AFTER_SECONDS = 5;

  /** The backends of this database waiting for a lock, one row per blocker (none if the blocker has gone). */
  private static final String LOCK_WAITS = """
      select w.pid, w.wait_event, left(w.query, 120) as query,
        extract(epoch from now() - coalesce(
          (select min(l.waitstart) from pg_locks l where l.pid = w.pid and not l.granted), w.state_change, w.query_start)) as waited,
        extract(epoch from w.query_start) as statement_start,
        b.pid as blocker, b.state as blocker_state, left(b.query, 120) as blocker_query,
        extract(epoch from now() - b.state_change) as blocker_in_state
      from pg_stat_activity w
      left join lateral unnest(pg_blocking_pids(w.pid)) as blocking(pid) on true
      left join pg_stat_activity b on b.pid = blocking.pid
      where w.wait_event_type = 'Lock' and w.datname = current_database() and w.pid <> pg_backend_pid()
      order by waited desc, w.pid, b.pid""";

  /**
   * A job locked this long after its creation, or due this long without being acquired, gets the job
   * executor's threads dumped (twice at most).
   */
  static final double DUMP_AFTER_SECONDS = 3;

  /** A job (of the table aliased {@code j}) the executor could acquire now: due, unlocked, retries left, active. */
  private static final String DUE = """
      j.lock_owner_ is null and j.retries_ > 0 and j.suspension_state_ = 1 and (j.duedate_ is null or j.duedate_ <= now())""";

  /**
   * Jobs the executor could acquire now, jobs it has locked, how long ago the oldest locked one was
   * created, and how long the longest-waiting due job has been due (since its due date, or its
   * creation if later). The engine writes its times in the JVM's zone, as {@code localtimestamp}
   * reads them here.
   */
  private static final String JOBS = """
      select count(*) filter (where %1$s) as due,
        count(*) filter (where lock_owner_ is not null) as locked,
        coalesce(max(extract(epoch from localtimestamp - create_time_)) filter (where lock_owner_ is not null), 0)
          as oldest_locked,
        coalesce(max(extract(epoch from localtimestamp - greatest(create_time_, duedate_))) filter (where %1$s), 0)
          as oldest_due
      from act_ru_job j""".formatted(DUE);

  /**
   * The due jobs waiting longest for acquisition (at least {@link #DUMP_AFTER_SECONDS}), each with the
   * jobs of its process instance that are locked meanwhile (Camunda does not acquire an exclusive job
   * while another exclusive job of its instance is locked).
   */
  private static final String WAITING = """
      select j.id_, j.handler_type_, j.exclusive_, j.process_instance_id_,
        extract(epoch from localtimestamp - greatest(j.create_time_, j.duedate_)) as waited,
        (select string_agg(o.id_ || ' (' || coalesce(o.handler_type_, '?') || case when o.exclusive_ then ', exclusive' else '' end
            || ') locked by ' || o.lock_owner_ || ' until ' || coalesce(o.lock_exp_time_::text, '?'), '; ')
          from act_ru_job o where o.process_instance_id_ = j.process_instance_id_ and o.id_ <> j.id_
            and o.lock_owner_ is not null) as instance_locked
      from act_ru_job j where %s and greatest(j.create_time_, j.duedate_) <= localtimestamp - interval '%d seconds'
      order by waited desc limit 3""".formatted(DUE, (int) DUMP_AFTER_SECONDS);

  /** The statements of this database running for a second or more, longest first: what a stuck job waits for. */
  private static final String RUNNING = """
      select pid, extract(epoch from now() - query_start) as running, state, wait_event_type, wait_event,
        left(regexp_replace(query, '\\s+', ' ', 'g'), 400) as query
      from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() and state = 'active'
        and now() - query_start >= interval '1 second'
      order by running desc limit 8""";

  private static final int DUMPS = 2;

  private final Connection connection;
  private final HikariPoolMXBean pool;
  private final Stalls stalls;
  private final long startNanos = System.nanoTime();
  private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread daemon = new Thread(task, "stall-watch");
    daemon.setDaemon(true);
    return daemon;
  });

  private StallWatch(Connection connection, HikariPoolMXBean pool) {
    this.connection = connection;
    this.pool = pool;
    this.stalls = new Stalls(PERIOD_MILLIS);
  }

  /**
   * Starts watching the database behind {@code application}, a Hikari pool (possibly wrapped, as the
   * benchmark's server wraps it to count statements).
   */
  static StallWatch start(DataSource application) throws SQLException {
    HikariDataSource hikari = application.unwrap(HikariDataSource.class);
    Connection own = DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
    try (Statement settings = own.createStatement()) {
      // a sample must never hang on the database it watches
      settings.execute("set application_name = 'gridcase-stall-watch'");
      settings.execute("set statement_timeout = '2s'");
      settings.execute("set lock_timeout = '1s'");
    }
    StallWatch watch = new StallWatch(own, hikari.getHikariPoolMXBean());
    watch.thread.scheduleAtFixedRate(watch::sample, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    return watch;
  }

  /** Stops sampling (waiting for a sample under way) and gives what was seen. */
  Stalls stop() {
    thread.shutdown();
    try {
      thread.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      connection.close();
    } catch (SQLException ignored) {
      // the samples are taken; nothing to lose
    }
    return stalls;
  }

  private void sample() {
    double at = (System.nanoTime() - startNanos) / 1e9;
    try {
      List<Stalls.LockWait> waits = lockWaits();
      Stalls.Pool poolState = pool == null ? null
          : new Stalls.Pool(pool.getActiveConnections(), pool.getIdleConnections(), pool.getThreadsAwaitingConnection());
      long due;
      long locked;
      double oldestLocked;
      double oldestDue;
      try (Statement statement = connection.createStatement(); ResultSet jobs = statement.executeQuery(JOBS)) {
        jobs.next();
        due = jobs.getLong("due");
        locked = jobs.getLong("locked");
        oldestLocked = jobs.getDouble("oldest_locked");
        oldestDue = jobs.getDouble("oldest_due");
      }
      stalls.add(new Stalls.Moment(at, waits, poolState, due, locked, oldestLocked, oldestDue));
      if ((oldestLocked >= DUMP_AFTER_SECONDS || oldestDue >= DUMP_AFTER_SECONDS) && stalls.dumps().size() < DUMPS) {
        String dump = String.format(Locale.ROOT,
            "+%.1f s, a job locked %.1f s after its creation, a due job not acquired for %.1f s%s%s; the job executor's threads:%n%s",
            at, oldestLocked, oldestDue, oldestDue >= DUMP_AFTER_SECONDS ? waitingJobs() : "", runningStatements(),
            JobExecutorThreads.dump());
        stalls.dumped(dump);
        Progress.say("stall watch: %s", dump);
      }
      waits.stream().filter(wait -> wait.waitedSeconds() >= SAY_AFTER_SECONDS && stalls.firstLongSighting(wait))
          .forEach(wait -> Progress.say("stall watch: +%.1f s %s", at, wait.describe()));
    } catch (SQLException | RuntimeException e) {
      // a failed sample is counted, not fatal: the phase goes on
      stalls.failed(at, e);
    }
  }

  /** The due jobs waiting longest, one line each, with what their process instance has locked. */
  private String waitingJobs() throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(WAITING)) {
      while (rows.next()) {
        out.append(String.format(Locale.ROOT, "%n    due job %s (%s%s) of instance %s waiting %.1f s; its instance's locked jobs: %s",
            rows.getString("id_"), rows.getString("handler_type_"), rows.getBoolean("exclusive_") ? ", exclusive" : "",
            rows.getString("process_instance_id_"), rows.getDouble("waited"),
            rows.getString("instance_locked") == null ? "none" : rows.getString("instance_locked")));
      }
    }
    return out.toString();
  }

  /** The statements running a second or more now, one line each. */
  private String runningStatements() throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(RUNNING)) {
      while (rows.next()) {
        String waitType = rows.getString("wait_event_type");
        out.append(String.format(Locale.ROOT, "%n    pid %d running %.1f s%s: `%s`", rows.getInt("pid"), rows.getDouble("running"),
            waitType == null ? " on CPU" : " waiting (" + waitType + ", " + rows.getString("wait_event") + ")",
            rows.getString("query")));
      }
    }
    return out.toString();
  }

  private List<Stalls.LockWait> lockWaits() throws SQLException {
    Map<Integer, Stalls.LockWait> byPid = new LinkedHashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(LOCK_WAITS); ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        int pid = rows.getInt("pid");
        if (!byPid.containsKey(pid)) {
          byPid.put(pid, new Stalls.LockWait(pid, rows.getString("wait_event"), rows.getString("query"),
              rows.getDouble("waited"), rows.getDouble("statement_start"), new ArrayList<>()));
        }
        Stalls.LockWait wait = byPid.get(pid);
        int blocker = rows.getInt("blocker");
        if (!rows.wasNull()) {
          wait.blockers().add(new Stalls.Blocker(blocker, rows.getString("blocker_state"), rows.getString("blocker_query"),
              rows.getDouble("blocker_in_state")));
        }
      }
    }
    return List.copyOf(byPid.values());
  }
}
