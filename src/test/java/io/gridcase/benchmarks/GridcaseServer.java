package io.gridcase.benchmarks;

import io.gridcase.GridcaseApplication;
import io.gridcase.support.PostgresServer;
import java.net.URI;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gridcase as the {@code postgres} profile runs it (job executor, mail outbox, security, real
 * HTTP on a free port), in this JVM so that the benchmark can read its heap and bulk-create cases
 * through its engine. Mail goes to a port where nothing listens: the outbox keeps it and retries.
 */
final class GridcaseServer implements AutoCloseable {

  private final ConfigurableApplicationContext context;
  private final String engineName;

  private GridcaseServer(ConfigurableApplicationContext context, String engineName) {
    this.context = context;
    this.engineName = engineName;
  }

  /**
   * {@code webapps}: whether Tasklist, Cockpit and Admin are served, as in production. The smoke test
   * leaves them out: their static state outlives this context in the shared test JVM, and the
   * suite's own webapp login then fails.
   */
  static GridcaseServer start(String database, boolean webapps) {
    String url = PostgresServer.newDatabase(database);
    Durability.synchronousCommit(database);
    // a named engine, so that it never takes the place of another "default" engine in the same JVM (the test suite)
    String engineName = "gridcase" + database.replace("_", "");
    ConfigurableApplicationContext context = new SpringApplicationBuilder(GridcaseApplication.class)
        .profiles("postgres")
        // SQL is counted on threads that ask for it only (IntakeBreakdown); others pay a thread-local read
        .initializers(startingContext -> startingContext.getBeanFactory().addBeanPostProcessor(CountedStatements.wrapper()))
        .run("--server.port=0",
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=postgres",
            "--camunda.bpm.process-engine-name=" + engineName,
            "--spring.mail.port=1",
            "--spring.main.banner-mode=off",
            "--camunda.bpm.webapp.enabled=" + webapps,
            "--spring.jmx.enabled=false",
            "--logging.level.root=warn",
            "--logging.level.org.camunda.bpm.engine.context=off",
            "--logging.level.io.gridcase.notification=error");
    return new GridcaseServer(context, engineName);
  }

  URI uri(String path) {
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    return URI.create("http://localhost:" + port + path);
  }

  /** The engine REST API of this server's (named) engine, as Tasklist addresses it. */
  String engineRest() {
    return "/engine-rest/engine/" + engineName;
  }

  ProcessEngine engine() {
    return context.getBean(ProcessEngine.class);
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
  }
}
