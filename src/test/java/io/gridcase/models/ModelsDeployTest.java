package io.gridcase.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deploys processes/*.bpmn, forms/*.form and whatever decisions/*.dmn exist to a real in-memory engine,
 * so a model the parser rejects (bad expression, unknown attribute, missing history time to live) fails
 * here and not at application start. No Spring, no delegates: nothing is started.
 */
class ModelsDeployTest {

  private static ProcessEngine engine;

  @BeforeAll
  static void startEngine() {
    engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setJdbcUrl("jdbc:h2:mem:gridcase-models;DB_CLOSE_DELAY=-1")
        .setJobExecutorActivate(false)
        .setProcessEngineName("gridcase-models")
        .buildProcessEngine();
  }

  @AfterAll
  static void closeEngine() {
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  void modelsDeployToTheEngine() {
    RepositoryService repository = engine.getRepositoryService();
    DeploymentBuilder builder = repository.createDeployment().name("gridcase-models");
    List<Path> files = Stream.of(models("processes", ".bpmn"), models("decisions", ".dmn"), models("forms", ".form"))
        .flatMap(List::stream)
        .toList();
    files.forEach(path -> builder.addInputStream(path.getFileName().toString(), open(path)));

    Deployment deployment = builder.deploy();

    assertThat(repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).list())
        .extracting(ProcessDefinition::getKey)
        .containsExactlyInAnyOrder("case-lifecycle", "department-order", "stage-deadline", "supervise-case",
            "request-extension", "weak-signal-alert", "send-sms", "petition-procedure", "petition-opinion", "petition-review", "dispute-mediation");
    assertThat(repository.getDeploymentResourceNames(deployment.getId()))
        .containsAll(models("forms", ".form").stream().map(path -> path.getFileName().toString()).toList());
  }

  private static List<Path> models(String folder, String extension) {
    Path dir = Path.of(folder);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(path -> path.getFileName().toString().endsWith(extension)).sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(Path path) {
    try {
      return Files.newInputStream(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
