package io.gridcase.metrics;

import io.gridcase.support.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The KPI queries over 1,000,000 closed cases, on the embedded PostgreSQL and on H2 (a file under
 * target/), from the rollup and the naive way (grouping case_record joined with case_deadline,
 * the same definitions, no rollup), median and p95 over repetitions. Not a test; run it with
 *
 * <pre>mvn -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.gridcase.metrics.KpiBenchmark</pre>
 *
 * Arguments (optional): number of cases (default 1000000), databases (default postgres,h2).
 */
public final class KpiBenchmark {

  static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  static final LocalDate TO = LocalDate.of(2026, 1, 1);
  /** a period with edge days on both sides: month rows plus day rows */
  static final LocalDate PART_FROM = LocalDate.of(2025, 2, 10);
  static final LocalDate PART_TO = LocalDate.of(2025, 11, 21);
  static final int TOWNS = 73;
  static final int GRIDS = 2954;
  static final String[] CATEGORIES = {"WAGE_ARREARS", "HOUSE_PROPERTY", "NEIGHBOUR_DISPUTE", "ILLEGAL_CONSTRUCTION",
      "STREET_VENDING", "ILLEGAL_PARKING", "FIRE_HAZARD", "ROAD_FLOODING", "HIGH_ALTITUDE_THROWING", "STRAW_BURNING",
      "ILLEGAL_FISHING", "SELF_BUILT_HOUSE", "SME_COMPLAINT", "VULNERABLE_ASSISTANCE", "COMMUNITY_CORRECTION",
      "PSYCHOLOGICAL_SUPPORT", "PETITION_GENERAL", "OTHER"};
  static final String[] DEPARTMENTS = {"HRSS", "HOUSING", "JUSTICE", "URBAN_MGMT", "URBAN_MGMT", "TRAFFIC_POLICE", "FIRE",
      "WATER", "POLICE", "ECOLOGY", "AGRICULTURE", "HOUSING", "INDUSTRY", "CIVIL_AFFAIRS", "JUSTICE", "HEALTH", "PETITION",
      "URBAN_MGMT"};
  static final String[] CHANNELS = {"HOTLINE_12345", "HOTLINE_12345", "HOTLINE_12345", "GRID_REPORT", "GRID_REPORT",
      "SME_PLATFORM", "POLICE_110_NONEMERGENCY", "PETITION", "IOT_ALERT", "ONLINE_DISPUTE", "WALK_IN"};

  public static void main(String[] args) throws Exception {
    int cases = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    List<String> databases = args.length > 1 ? List.of(args[1].split(",")) : List.of("postgres", "h2");
    for (String database : databases) {
      DataSource dataSource = switch (database) {
        case "postgres" -> PostgresServer.get().getPostgresDatabase();
        case "h2" -> {
          Path dir = Path.of("target/kpi-benchmark");
          Files.createDirectories(dir);
          try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
              Files.delete(file);
            }
          }
          yield new SimpleDriverDataSource(new org.h2.Driver(),
              "jdbc:h2:file:" + dir.toAbsolutePath().resolve("gridcase") + ";CACHE_SIZE=1048576", "sa", "");
        }
        default -> throw new IllegalArgumentException(database);
      };
      run(database, dataSource, cases);
    }
    System.exit(0);
  }

  static void run(String database, DataSource dataSource, int cases) throws Exception {
    boolean postgres = database.equals("postgres");
    JdbcClient jdbc = JdbcClient.create(dataSource);
    if (postgres) {
      jdbc.sql("drop schema public cascade").update();
      jdbc.sql("create schema public").update();
    }
    Flyway.configure().dataSource(dataSource).load().migrate();
    System.out.printf(Locale.ROOT, "%n== %s: %,d closed cases reported in 2025, %d towns, %d grids ==%n", database, cases, TOWNS, GRIDS);

    long start = System.nanoTime();
    generate(jdbc, postgres, cases);
    System.out.printf(Locale.ROOT, "generated case_record + case_deadline (3 stages each) in %.1f s%n", seconds(start));

    KpiRollup rollup = new KpiRollup(jdbc, dataSource);
    KpiReadModel readModel = new KpiReadModel(jdbc, rollup);
    var transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    start = System.nanoTime();
    transactions.executeWithoutResult(status -> readModel.rebuild());
    jdbc.sql("analyze").update();
    long rows = jdbc.sql("select count(*) from kpi_rollup").query(Long.class).single();
    System.out.printf(Locale.ROOT, "rebuilt kpi_case and kpi_rollup (%,d rows) in %.1f s%n", rows, seconds(start));

    System.out.printf(Locale.ROOT, "%-34s %10s %10s %12s %12s %8s%n", "query (groups)", "median ms", "p95 ms",
        "naive med ms", "naive p95 ms", "ratio");
    for (Dimension dim : Dimension.values()) {
      measure(jdbc, rollup, dim, FROM, TO, "year by " + dim.name().toLowerCase(Locale.ROOT));
    }
    measure(jdbc, rollup, Dimension.ALL, PART_FROM, PART_TO, "10 Feb-20 Nov, city");
    measure(jdbc, rollup, Dimension.GRID, PART_FROM, PART_TO, "10 Feb-20 Nov by grid");
  }

  static void measure(JdbcClient jdbc, KpiRollup rollup, Dimension dim, LocalDate from, LocalDate to, String name) {
    int[] groups = new int[2];
    double[] fast = time(30, () -> groups[0] = rollup.sums(dim, from, to).size());
    double[] naive = time(5, () -> groups[1] = naive(jdbc, dim, from, to));
    if (groups[0] != groups[1]) {
      throw new IllegalStateException("rollup and naive query disagree on " + name + ": " + groups[0] + " vs " + groups[1]);
    }
    System.out.printf(Locale.ROOT, "%-34s %10.1f %10.1f %12.1f %12.1f %7.0fx%n", name + " (" + groups[0] + ")",
        fast[0], fast[1], naive[0], naive[1], naive[0] / fast[0]);
  }

  /** The same counters straight from case_record and case_deadline: what the figures cost without the rollup. */
  static int naive(JdbcClient jdbc, Dimension dim, LocalDate from, LocalDate to) {
    String key = switch (dim) {
      case ALL -> "'*'";
      case DEPARTMENT -> "department";
      case TOWN -> "town_code";
      case GRID -> "grid_code";
      case CATEGORY -> "category";
      case CHANNEL -> "channel";
    };
    String sums = Arrays.stream(Counter.ALL).map(c -> "sum(" + c.column() + ")").collect(Collectors.joining(", "));
    String figures = CaseFigures.SELECT.formatted("",
        "where r.reported_at >= cast(:from as timestamp with time zone) and r.reported_at < cast(:to as timestamp with time zone)");
    List<Object> groups = new ArrayList<>();
    jdbc.sql("select " + key + ", " + sums + " from (" + figures + ") f" + (dim == Dimension.ALL ? "" : " group by " + key))
        .param("from", from.atStartOfDay(Kpis.CHINA).toOffsetDateTime())
        .param("to", to.atStartOfDay(Kpis.CHINA).toOffsetDateTime())
        .query(rs -> {
          groups.add(rs.getString(1));
        });
    return groups.size();
  }

  /** Median and p95 in milliseconds, after two warm-up runs. */
  static double[] time(int repetitions, Runnable query) {
    query.run();
    query.run();
    double[] ms = new double[repetitions];
    for (int i = 0; i < repetitions; i++) {
      long start = System.nanoTime();
      query.run();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return new double[] {ms[repetitions / 2], ms[(int) Math.ceil(repetitions * 0.95) - 1]};
  }

  static void generate(JdbcClient jdbc, boolean postgres, int cases) {
    String series = postgres ? "generate_series(1, " + cases + ") as s(i)" : "(select x as i from system_range(1, " + cases + ")) s";
    String cat = pick("i % 18", CATEGORIES);
    String dept = pick("i % 18", DEPARTMENTS);
    String channel = pick("i % 11", CHANNELS);
    String town = "'T' || cast(mod(mod(i, " + GRIDS + "), " + TOWNS + ") as varchar(8))";
    String grid = "'G' || cast(mod(i, " + GRIDS + ") as varchar(8))";
    String reported = "cast('2025-01-01T00:00:00+08:00' as timestamp with time zone) + (mod(cast(i as bigint) * 7919, 31536000) * interval '1' second)";
    jdbc.sql("insert into case_record (case_number, channel, title, description, category, priority, sla_profile,"
        + " grid_code, town_code, county_code, anonymous, overseas_chinese, reported_at, status, stage, lead_department,"
        + " outcome, satisfaction, reopen_count, rejection_count, dispatched_at, closed_at, flagged)"
        + " select 'GC' || cast(i as varchar(12)), " + channel + ", 't', 'd', " + cat + ", 'NORMAL', 'HOTLINE_ORDINARY', "
        + grid + ", " + town + ", 'C', false, false, " + reported + ", 'CLOSED', 'CLOSED', " + dept + ", 'RESOLVED',"
        + " case when mod(i, 50) = 0 then 'UNSATISFIED' when mod(i, 7) = 0 then 'BASICALLY_SATISFIED' else 'SATISFIED' end,"
        + " case when mod(i, 40) = 0 then 1 else 0 end, case when mod(i, 25) = 0 then 1 else 0 end,"
        + " " + reported + ", " + reported + " + interval '5' day, mod(i, 500) = 0"
        + " from " + series).update();
    jdbc.sql("insert into case_deadline (case_number, stage, round, started_at, due_at, reminder_at, escalate_at,"
        + " working_days, met_at, on_time, overdue_at, extensions)"
        + " select r.case_number, s.stage, 0, r.dispatched_at, r.dispatched_at + interval '1' day, r.dispatched_at,"
        + " r.dispatched_at + interval '3' day, true,"
        + " r.dispatched_at + interval '1' hour, mod(length(r.case_number) + ascii(substring(r.case_number, length(r.case_number), 1)) + s.n, 20) <> 0,"
        + " null, 0 from case_record r cross join (values ('ACCEPT', 1), ('PLAN', 2), ('DONE', 3)) as s(stage, n)").update();
  }

  static String pick(String index, String[] values) {
    StringBuilder sql = new StringBuilder("case " + index);
    for (int i = 0; i < values.length; i++) {
      sql.append(" when ").append(i).append(" then '").append(values[i]).append("'");
    }
    return sql.append(" end").toString();
  }

  static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private KpiBenchmark() {}

}
