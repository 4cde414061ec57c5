package io.gridcase;

import io.gridcase.support.PostgresServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on the build's real PostgreSQL server, one Spring context for every
 * {@code io.gridcase.Postgres*} test: they extend this class and add no configuration of their own,
 * so Spring's context cache starts the application once for all of them, not once a class. They
 * share one database and work on cases of their own.
 *
 * <p>See SpringContextsTest: the webapps and the engine registry are JVM-wide, and a second
 * application context closed after the shared H2 one has started leaves Tasklist there answering
 * 500. So this context starts no Tasklist or Cockpit, its tests run first (alphabetical run order),
 * and the last of them, {@link PostgresSensorAlertsTest}, closes it with {@code @DirtiesContext}:
 * while the server still runs, not in a race with its shutdown hook.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres"})
abstract class PostgresApp {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("camunda.bpm.webapp.enabled", () -> "false");
    registry.add("spring.datasource.url", PostgresServer::jdbcUrl);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
    registry.add("camunda.bpm.process-engine-name", () -> "postgres");
  }
}
