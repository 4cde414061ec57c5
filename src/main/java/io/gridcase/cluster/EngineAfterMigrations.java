package io.gridcase.cluster;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitializationDetector;

/**
 * The process engine is built only after Flyway has migrated, so {@link StartupLock} (taken just
 * before the migration) already guards the engine's own table creation. Without this Spring builds
 * the engine first, and two nodes starting together on an empty PostgreSQL both create Camunda's
 * tables and one of them fails. Registered in {@code META-INF/spring.factories}, the way Spring Boot
 * orders JPA and JdbcTemplate after database initialisation.
 */
class EngineAfterMigrations extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector
    implements DependsOnDatabaseInitializationDetector {

  @Override
  protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
    return Set.of(ProcessEngineConfiguration.class, ProcessEngine.class);
  }
}
