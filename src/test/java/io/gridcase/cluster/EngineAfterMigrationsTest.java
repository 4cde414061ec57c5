package io.gridcase.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.support.GridcaseTest;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/** The engine is built after Flyway, which takes the start-up lock first (TwoNodesIT's race). */
@GridcaseTest
class EngineAfterMigrationsTest {

  @Autowired ConfigurableListableBeanFactory beans;

  @Test
  void theEngineAndItsConfigurationWaitForTheMigrations() {
    String[] engineBeans = Stream.concat(
            Stream.of(beans.getBeanNamesForType(ProcessEngine.class, true, false)),
            Stream.of(beans.getBeanNamesForType(ProcessEngineConfiguration.class, true, false)))
        .map(name -> name.startsWith("&") ? name.substring(1) : name)
        .toArray(String[]::new);

    assertThat(engineBeans).isNotEmpty();
    for (String name : engineBeans) {
      assertThat(beans.getBeanDefinition(name).getDependsOn()).as(name).contains("flywayInitializer");
    }
  }
}
