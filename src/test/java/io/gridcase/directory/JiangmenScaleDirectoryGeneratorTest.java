package io.gridcase.directory;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.engine.identity.CamundaIdentitySync;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;

class JiangmenScaleDirectoryGeneratorTest {

  private static String yaml;
  private static DirectoryFile file;

  @BeforeAll
  static void generate() {
    yaml = new JiangmenScaleDirectoryGenerator().generateYaml();
    file = DirectoryFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void hasJiangmensCounts() {
    assertThat(file.countyList()).hasSize(7);
    assertThat(file.townList()).hasSize(73);
    assertThat(file.communityList()).hasSize(1_330);
    assertThat(file.gridList()).hasSize(2_954);
    Map<GridType, Long> types =
        file.gridList().stream().collect(Collectors.groupingBy(Grid::type, Collectors.counting()));
    assertThat(types)
        .containsEntry(GridType.COMMUNITY, 1_318L)
        .containsEntry(GridType.RURAL, 1_459L)
        .containsEntry(GridType.MARITIME, 74L)
        .containsEntry(GridType.INDUSTRIAL, 103L);
    long gridWorkers =
        file.people().stream().filter(p -> p.groups().contains(DirectoryGroups.GRID_WORKERS)).count();
    assertThat(gridWorkers).isEqualTo(4_500);
    assertThat(file.gridList()).allSatisfy(g -> assertThat(g.workerUserId()).isNotNull());
    assertThat(file.gridList().stream().map(Grid::workerUserId).distinct()).hasSize(2_954);
  }

  @Test
  void hasTheDemoDepartmentsAndCategoriesAndADispatcherForEveryTown() {
    assertThat(file.departments()).hasSize(19);
    assertThat(file.categories()).hasSize(18);
    Map<String, Long> membersByGroup =
        file.people().stream()
            .flatMap(p -> p.groups().stream())
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(file.townList()).allSatisfy(t -> assertThat(membersByGroup).containsKey(t.centerGroup()));
    assertThat(file.departments()).allSatisfy(d -> assertThat(membersByGroup).containsKey(d.group()));
  }

  @Test
  void isValidAndPlausible() {
    assertThat(DirectoryFileCheck.problems(file)).isEmpty();
    assertThat(file.gridList())
        .allSatisfy(
            g -> {
              assertThat(g.lat()).isBetween(21.5, 23.0);
              assertThat(g.lng()).isBetween(112.0, 113.4);
              assertThat(g.code()).startsWith(g.communityCode() + "-");
            });
    assertThat(file.gridList().stream().filter(g -> g.type() == GridType.MARITIME))
        .allSatisfy(g -> assertThat(g.townCode()).matches("JM-(TS|XH)-.*"));
  }

  @Test
  void theBoundariesTileTheCity() {
    List<Grid> grids = file.gridList();
    GridMap map = GridMap.of(grids, 0);
    assertThat(map.size()).isEqualTo(2_954);
    assertThat(grids).allSatisfy(g -> assertThat(map.gridAt(g.lat(), g.lng())).map(Grid::code).contains(g.code()));

    Envelope city = new Envelope();
    double area = 0;
    for (Grid grid : grids) {
      Geometry boundary = GeoJsonBoundary.read(grid.boundary());
      city.expandToInclude(boundary.getEnvelopeInternal());
      area += boundary.getArea();
    }
    // no overlaps (the file check) and the areas add up to the city's rectangle: no gaps either
    assertThat(area).isCloseTo(city.getArea(), Percentage.withPercentage(1e-6));
    Random random = new Random(1);
    for (int i = 0; i < 10_000; i++) {
      double lat = city.getMinY() + random.nextDouble() * city.getHeight();
      double lng = city.getMinX() + random.nextDouble() * city.getWidth();
      assertThat(map.gridAt(lat, lng)).as("%s,%s", lat, lng).isPresent();
    }
  }

  @Test
  void isLargerThanSnakeYamlsDefaultLimitAndStillReads() {
    assertThat(yaml.codePointCount(0, yaml.length())).isGreaterThan(3 * 1024 * 1024);
    assertThat(file.gridList()).hasSize(2_954); // read in generate()
  }

  @Test
  void isDeterministic() {
    assertThat(new JiangmenScaleDirectoryGenerator().generateYaml()).isEqualTo(yaml);
    assertThat(new JiangmenScaleDirectoryGenerator(7).generateYaml()).isNotEqualTo(yaml);
  }

  @Test
  void loadsIntoTheTablesAndCamundaTwice() {
    DataSource dataSource = TestDatabases.migratedH2();
    ProcessEngine camunda = TestDatabases.camunda();
    try {
      IdentityService identity = camunda.getIdentityService();
      DirectoryTables tables = TestDatabases.tables(dataSource);
      DirectoryProperties properties = new DirectoryProperties("", 1000);
      Directory directory = new Directory(tables, properties);
      DirectoryLoader loader =
          new DirectoryLoader(
              properties, new DefaultResourceLoader(), tables, new CamundaIdentitySync(identity), directory);

      long start = System.nanoTime();
      loader.load(file, "generated");
      long firstMs = (System.nanoTime() - start) / 1_000_000;
      start = System.nanoTime();
      DirectoryLoader.Result again = loader.load(file, "generated");
      long secondMs = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("Jiangmen-scale load: first %d ms, second %d ms%n", firstMs, secondMs);

      assertThat(again.changedNothing()).isTrue();
      JdbcClient jdbc = JdbcClient.create(dataSource);
      assertThat(jdbc.sql("select count(*) from dir_grid").query(Long.class).single()).isEqualTo(2_954);
      assertThat(jdbc.sql("select count(*) from dir_community").query(Long.class).single()).isEqualTo(1_330);
      assertThat(jdbc.sql("select count(*) from dir_person").query(Long.class).single())
          .isEqualTo(file.people().size());
      assertThat(identity.createUserQuery().count()).isEqualTo(file.people().size());
      assertThat(identity.createUserQuery().memberOfGroup(DirectoryGroups.GRID_WORKERS).count()).isEqualTo(4_500);
      // roles, a center per county and town, a mediator pool per town (ADR 22), a group per department,
      // a pool per town and specialty and the expert pool (ADR 27)
      assertThat(identity.createGroupQuery().count())
          .isEqualTo(DirectoryGroups.ROLES.size() + 7 + 73 + 73 + 19 + 73 * MediationSpecialty.values().length + 1);

      Grid some = file.gridList().get(1_000);
      assertThat(directory.gridAt(some.lat(), some.lng())).map(Grid::code).contains(some.code());
    } finally {
      camunda.close();
    }
  }
}
