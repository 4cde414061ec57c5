package io.gridcase.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The suite shares one application context ({@code @GridcaseTest}). A test that starts a whole
 * application of its own (on PostgreSQL) must run before that context exists: Camunda's webapp
 * starter keeps its application context in a static field and the engine registry is JVM-wide,
 * so closing a second context after the shared one started leaves Tasklist answering 500 and
 * engine-rest refusing everything for every test after it. The alphabetical run order puts
 * {@code io.gridcase.Postgres*} first.
 */
@AnalyzeClasses(packages = "io.gridcase", importOptions = ImportOption.OnlyIncludeTests.class)
class SpringContextsTest {

  @ArchTest
  static final ArchRule ownApplicationsRunFirst = classes()
      .that().areAnnotatedWith(SpringBootTest.class).and().areNotAnnotations()
      .should().resideInAPackage("io.gridcase")
      .andShould().haveSimpleNameStartingWith("Postgres")
      .because("a second application context closed after the shared one breaks the webapps of the shared one");
}
