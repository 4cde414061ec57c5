package io.gridcase.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.support.PostgresServer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A table that grew after its last analysis is planned from its real size once the statistics are refreshed. */
class PlannerStatisticsTest {

  @Test
  void aGrownTableIsAnalyzedAgain() {
    var database = new DriverManagerDataSource(PostgresServer.newDatabase("planner_statistics"), "postgres", "postgres");
    JdbcClient jdbc = JdbcClient.create(database);
    jdbc.sql("create table grown (id int primary key, business_key text)").update();
    jdbc.sql("insert into grown select i, 'case-' || (i % 3) from generate_series(1, 30) i").update();
    jdbc.sql("analyze grown").update();
    jdbc.sql("insert into grown select i, 'case-' || i from generate_series(31, 20000) i").update();
    String distinctKeys = "select n_distinct from pg_stats where tablename = 'grown' and attname = 'business_key'";
    assertThat(jdbc.sql(distinctKeys).query(Double.class).single()).as("3 keys when last analyzed").isEqualTo(3.0);

    PlannerStatistics.refresh(database);

    assertThat(jdbc.sql("select reltuples from pg_class where relname = 'grown'").query(Double.class).single())
        .isEqualTo(20_000.0);
    assertThat(jdbc.sql(distinctKeys).query(Double.class).single()).as("nearly every key distinct now").isLessThan(-0.99);
  }
}
