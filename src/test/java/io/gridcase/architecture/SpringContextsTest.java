package io.gridcase.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The suite shares one application context ({@code @GridcaseTest}). A test that starts a whole
 * application of its own (on PostgreSQL) must run before that context exists: Camunda's webapp
 * starter keeps its application context in a static field and the engine registry is JVM-wide,
 * so closing a second context after the shared one started leaves Tasklist answering 500 and
 * engine-rest refusing everything for every test after it. The alphabetical run order puts
 * {@code io.gridcase.Postgres*} first. They share one context of their own ({@code PostgresApp}),
 * which the last of them closes.
 */
@AnalyzeClasses(packages = "io.gridcase", importOptions = ImportOption.OnlyIncludeTests.class)
class SpringContextsTest {

  @ArchTest
  static final ArchRule ownApplicationsRunFirst = classes()
      .that().areAnnotatedWith(SpringBootTest.class).and().areNotAnnotations()
      .should().resideInAPackage("io.gridcase")
      .andShould().haveSimpleNameStartingWith("Postgres")
      .because("a second application context closed after the shared one breaks the webapps of the shared one");

  @ArchTest
  static final ArchRule postgresTestsRunFirst = classes()
      .that().areAssignableTo("io.gridcase.PostgresApp")
      .should().resideInAPackage("io.gridcase")
      .andShould().haveSimpleNameStartingWith("Postgres")
      .because("their context must be closed before the shared one starts");

  @ArchTest
  static void theLastPostgresTestAloneClosesTheirContext(JavaClasses tests) {
    List<JavaClass> postgres = tests.stream()
        .filter(test -> test.isAssignableTo("io.gridcase.PostgresApp") && !test.getModifiers().contains(JavaModifier.ABSTRACT))
        .sorted(Comparator.comparing(JavaClass::getName))
        .toList();
    assertThat(postgres).as("the whole-application PostgreSQL tests").isNotEmpty();
    assertThat(postgres).filteredOn(test -> test.isAnnotatedWith(DirtiesContext.class)).as(
        "in the alphabetical run order the last of them closes the context they share, the others keep it")
        .containsExactly(postgres.get(postgres.size() - 1));
  }
}
