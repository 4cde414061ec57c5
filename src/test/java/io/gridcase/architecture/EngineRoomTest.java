package io.gridcase.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * One engine room ({@code io.gridcase.engine}, ADR 15): the classes the models call (delegates and
 * the beans of their expressions) live there, and the capability packages are plain services that
 * neither know the engine room nor Camunda.
 *
 * <p>Where a capability must drive the engine it owns a port, and the engine room implements it.
 * Two packages are not capabilities and may know Camunda, each with its reason:
 * <ul>
 *   <li>{@code security}: configures the engine (authentication, authorizations, the model sandbox).
 *   <li>{@code cluster}: builds the engine after the migrations, inside the start-up lock.
 * </ul>
 */
@AnalyzeClasses(packages = "io.gridcase", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineRoomTest {

  static final String[] CAPABILITIES = {
    "io.gridcase.intake..", "io.gridcase.triage..", "io.gridcase.dispatch..", "io.gridcase.handling..",
    "io.gridcase.closing..", "io.gridcase.revisit..", "io.gridcase.supervision..", "io.gridcase.notification..",
    "io.gridcase.casefile..", "io.gridcase.directory..", "io.gridcase.metrics..", "io.gridcase.signals..",
    "io.gridcase.sla..", "io.gridcase.api.."
  };

  @ArchTest
  static final ArchRule capabilitiesDoNotKnowTheEngineRoom = noClasses()
      .that().resideInAnyPackage(CAPABILITIES)
      .should().dependOnClassesThat().resideInAPackage("io.gridcase.engine..")
      .because("arrows point from the engine room into the capabilities, never back");

  @ArchTest
  static final ArchRule capabilitiesDoNotKnowCamunda = noClasses()
      .that().resideInAnyPackage(CAPABILITIES)
      .should().dependOnClassesThat().resideInAnyPackage("org.camunda..")
      .because("capabilities are plain services; the engine room alone talks to Camunda");

  @ArchTest
  static final ArchRule whatTheModelsCallLivesInTheEngineRoom = classes()
      .that(describe("take a DelegateExecution or DelegateTask", EngineRoomTest::takesADelegateType))
      .should().resideInAnyPackage("io.gridcase.engine..", "io.gridcase.security..")
      .because("a reader finds every delegate, and every bean a model calls with the execution, in one room");

  private static boolean takesADelegateType(JavaClass c) {
    return c.getMethods().stream().anyMatch(m -> m.getRawParameterTypes().stream().anyMatch(t ->
        t.getName().equals("org.camunda.bpm.engine.delegate.DelegateExecution")
            || t.getName().equals("org.camunda.bpm.engine.delegate.DelegateTask")));
  }
}
