package io.gridcase.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.support.PostgresServer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A benchmark database's sessions load auto_explain and log what runs 2 s or longer. */
class SlowPlansTest {

  @Test
  void everySessionOfTheDatabaseExplainsItsSlowStatements() {
    String url = PostgresServer.newDatabase("slow_plans");
    SlowPlans.logged("slow_plans");
    JdbcClient session = JdbcClient.create(new DriverManagerDataSource(url, "postgres", "postgres"));

    // auto_explain's settings exist only in a session that loaded it
    assertThat(session.sql("select current_setting('auto_explain.log_min_duration', true)").query(String.class).single())
        .isEqualTo("2s");
    assertThat(session.sql("show log_min_duration_statement").query(String.class).single()).isEqualTo("2s");
  }
}
