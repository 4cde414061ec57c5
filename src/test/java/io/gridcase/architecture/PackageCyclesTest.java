package io.gridcase.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * No cycles between the capability packages of {@code io.gridcase}: each is a room one can
 * understand, test and change from its own door, and a cycle would make two rooms one.
 *
 * <p>A slice is the second-level package with everything under it ({@code io.gridcase.(*)..}):
 * {@code security.models} belongs to {@code security}, {@code sla.calendar} to {@code sla},
 * {@code metrics.web} to {@code metrics}. A subpackage is how a capability orders its own rooms,
 * not a capability of its own, so a dependency between a capability and its subpackage is its
 * own business; a subpackage that another capability uses on its own (weak signals once in
 * {@code metrics}) is a capability and gets a second-level package.
 */
@AnalyzeClasses(packages = "io.gridcase", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {

  @ArchTest
  static final ArchRule capabilitiesHaveNoCycles = slices()
      .matching("io.gridcase.(*)..")
      .namingSlices("$1")
      .should().beFreeOfCycles();
}
