package io.gridcase.benchmarks;

import io.gridcase.support.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/**
 * How long one job-acquisition round of the job executor takes when many future deadline timers
 * wait in ACT_RU_JOB, on a real PostgreSQL: the bare engine (Camunda's defaults: no DUEDATE_
 * index, {@code DUEDATE_ is null or DUEDATE_ <= now}) against Gridcase's settings
 * ({@code ensureJobDueDateNotNull}, {@code jobExecutorAcquireByDueDate} and the index of
 * {@code JobAcquisitionIndex}), on the same rows in the same run. Prints figures; asserts nothing.
 *
 * <p>Run: {@code mvn -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.gridcase.benchmarks.JobAcquisitionBenchmark [-Dexec.args=300000]}
 */
public final class JobAcquisitionBenchmark {

  private static final int ROUNDS = 40;

  private JobAcquisitionBenchmark() {}

  public static void main(String[] args) throws Exception {
    int futureTimers = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
    DataSource postgres = PostgresServer.get().getPostgresDatabase();
    String url = PostgresServer.jdbcUrl();
    ProcessEngine bare = engine(url, "bare", false);
    fill(postgres, futureTimers);
    Figures bareIdle = measure(bare, postgres, 0, BARE_PREDICATE);
    Figures bareBusy = measure(bare, postgres, 20, BARE_PREDICATE);
    bare.close();

    ProcessEngine gridcase = engine(url, "gridcase", true);
    execute(postgres, "create index if not exists gc_idx_job_duedate on act_ru_job (duedate_)", "analyze act_ru_job");
    Figures gridcaseIdle = measure(gridcase, postgres, 0, GRIDCASE_PREDICATE);
    Figures gridcaseBusy = measure(gridcase, postgres, 20, GRIDCASE_PREDICATE);
    gridcase.close();

    System.out.printf("Job acquisition round with %,d future timers in ACT_RU_JOB, PostgreSQL 17, median of %d rounds%n",
        futureTimers, ROUNDS);
    print("nothing due (an idle poll)", bareIdle, gridcaseIdle);
    print("20 jobs due", bareBusy, gridcaseBusy);
  }

  private record Figures(double millis, String plan) {}

  private static void print(String scenario, Figures bare, Figures gridcase) {
    System.out.printf("  %s: bare engine %.2f ms, Gridcase %.2f ms, ratio Gridcase/bare %.3f%n",
        scenario, bare.millis(), gridcase.millis(), gridcase.millis() / bare.millis());
    System.out.println("      bare plan:     " + bare.plan());
    System.out.println("      Gridcase plan: " + gridcase.plan());
  }

  /** Future deadline timers spread over the next 200 days, as a city's open cases leave them. */
  private static void fill(DataSource postgres, int futureTimers) throws SQLException {
    execute(postgres, "truncate act_ru_job", """
        insert into act_ru_job (id_, rev_, type_, exclusive_, process_instance_id_, retries_, duedate_,
          handler_type_, suspension_state_, priority_, sequence_counter_, create_time_)
        select 'future-' || n, 1, 'timer', true, 'pi-' || n, 3, now() + (n %% 4800 + 1) * interval '1 hour',
          'timer-start-event-subprocess', 1, 0, 1, now()
        from generate_series(1, %d) n""".formatted(futureTimers), "analyze act_ru_job");
  }

  private static Figures measure(ProcessEngine engine, DataSource postgres, int due, String predicate) throws SQLException {
    execute(postgres, "delete from act_ru_job where id_ like 'due-%'", """
        insert into act_ru_job (id_, rev_, type_, exclusive_, process_instance_id_, retries_, duedate_,
          handler_type_, suspension_state_, priority_, sequence_counter_, create_time_)
        select 'due-' || n, 1, 'timer', true, 'due-pi-' || n, 3, now() - interval '1 minute',
          'timer-start-event-subprocess', 1, 0, 1, now()
        from generate_series(1, %d) n""".formatted(due));
    return new Figures(medianAcquisitionMillis(engine, postgres), plan(postgres, predicate));
  }

  private static void execute(DataSource postgres, String... statements) throws SQLException {
    try (Connection c = postgres.getConnection(); Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }

  /** The due-date part of Camunda's acquisition query (Job.xml, selectNextJobsToExecute). */
  private static final String BARE_PREDICATE =
      "select id_ from act_ru_job where retries_ > 0 and (duedate_ is null or duedate_ <= now())"
          + " and (lock_owner_ is null or lock_exp_time_ < now()) and suspension_state_ = 1 limit 3";

  private static final String GRIDCASE_PREDICATE =
      "select id_ from act_ru_job where retries_ > 0 and duedate_ <= now()"
          + " and (lock_owner_ is null or lock_exp_time_ < now()) and suspension_state_ = 1 order by duedate_ limit 3";

  /** The plan's top scan node and PostgreSQL's own execution time. */
  private static String plan(DataSource postgres, String query) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Connection c = postgres.getConnection(); Statement s = c.createStatement();
        var rs = s.executeQuery("explain (analyze, buffers off) " + query)) {
      while (rs.next()) {
        lines.add(rs.getString(1).trim());
      }
    }
    String scan = lines.stream().filter(l -> l.contains("Scan")).findFirst().orElse(lines.get(0));
    String time = lines.stream().filter(l -> l.startsWith("Execution Time")).findFirst().orElse("");
    return scan.replaceAll("\\s+\\(cost=.*", "") + "; " + time;
  }

  private static ProcessEngine engine(String url, String name, boolean gridcaseSettings) {
    ProcessEngineConfigurationImpl configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl(url);
    configuration.setJdbcUsername("postgres");
    configuration.setJdbcPassword("postgres");
    configuration.setJdbcDriver("org.postgresql.Driver");
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setJobExecutorActivate(false);
    configuration.setEnsureJobDueDateNotNull(gridcaseSettings);
    configuration.setJobExecutorAcquireByDueDate(gridcaseSettings);
    return configuration.buildProcessEngine();
  }

  /** Acquired jobs are unlocked again after each round. */
  private static double medianAcquisitionMillis(ProcessEngine engine, DataSource postgres) {
    return AcquisitionRound.medianMillis(engine, ROUNDS, () -> {
      try {
        execute(postgres, "update act_ru_job set lock_owner_ = null, lock_exp_time_ = null where id_ like 'due-%'");
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    });
  }
}
