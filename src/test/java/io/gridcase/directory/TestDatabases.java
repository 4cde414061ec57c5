package io.gridcase.directory;

import io.gridcase.engine.identity.IdentityIdPatternPlugin;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** Real, private, in-memory databases for one test: our schema by Flyway, and a Camunda engine. */
final class TestDatabases {

  private TestDatabases() {}

  /** An H2 database migrated by Flyway exactly as the application does it. */
  static DataSource migratedH2() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:directory-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
    return dataSource;
  }

  static DirectoryTables tables(DataSource dataSource) {
    return new DirectoryTables(JdbcClient.create(dataSource), new DataSourceTransactionManager(dataSource));
  }

  /** A standalone in-memory engine with the application's id pattern. */
  static ProcessEngine camunda() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl)
            ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:camunda-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .setHistory(ProcessEngineConfiguration.HISTORY_NONE)
                .setJobExecutorActivate(false);
    configuration.setProcessEngineName("directory-test-" + UUID.randomUUID());
    configuration.setProcessEnginePlugins(List.of(new IdentityIdPatternPlugin()));
    return configuration.buildProcessEngine();
  }
}
