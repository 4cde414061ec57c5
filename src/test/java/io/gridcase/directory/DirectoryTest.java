package io.gridcase.directory;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Lookups on the demo directory, read back from a real database. */
class DirectoryTest {

  private static DirectoryTables tables;
  private static Directory directory;

  @BeforeAll
  static void loadDemoDirectory() throws Exception {
    DataSource dataSource = TestDatabases.migratedH2();
    tables = TestDatabases.tables(dataSource);
    try (var in = new ClassPathResource("directory/demo-directory.yaml").getInputStream()) {
      tables.write(DirectoryFile.read(in));
    }
    directory = new Directory(tables, new DirectoryProperties("", 1000));
  }

  @Test
  void placesAPointInTheGridWhoseBoundaryHoldsIt() {
    assertThat(directory.gridAt(22.6063, 113.0741)).map(Grid::code).contains("JM-PJ-HUANSHI-01-02");
    assertThat(directory.gridAt(22.6096, 113.0704)).map(Grid::code).contains("JM-PJ-HUANSHI-01-01");
    assertThat(directory.gridAt(21.6680, 112.5950)).map(Grid::code).contains("JM-TS-CHUANDAO-02-01");
  }

  @Test
  void everyDemoGridHoldsItsOwnCentre() {
    assertThat(tables.grids())
        .hasSize(24)
        .allSatisfy(g -> assertThat(directory.gridAt(g.lat(), g.lng())).map(Grid::code).contains(g.code()));
  }

  @Test
  void aVertexSharedByTwoGridsGoesToTheSmallestCode() {
    // a corner of both 丰乐社区第一网格 and 丰乐社区第二网格
    assertThat(directory.gridAt(22.60429, 113.06947)).map(Grid::code).contains("JM-PJ-HUANSHI-01-01");
  }

  @Test
  void aPointJustOutsideIsInTheNearestGrid() {
    // off 上川岛, about 500 m west of 沙堤村第一网格 (west edge at 112.76483)
    assertThat(directory.gridAt(21.7330, 112.7600)).map(Grid::code).contains("JM-TS-CHUANDAO-01-01");
  }

  @Test
  void findsNoGridFartherThanTheLimit() {
    // Guangzhou, ~70 km away
    assertThat(directory.gridAt(23.1291, 113.2644)).isEmpty();
    // at sea, about 1.5 km west of 沙堤村第一网格, beyond the 1,000 m default
    assertThat(directory.gridAt(21.7330, 112.7500)).isEmpty();
  }

  @Test
  void theLimitIsConfigurable() {
    Directory generous = new Directory(tables, new DirectoryProperties("", 2000));
    assertThat(generous.gridAt(21.7330, 112.7500)).map(Grid::code).contains("JM-TS-CHUANDAO-01-01");
  }

  @Test
  void looksUpByCode() {
    assertThat(directory.grid("JM-KP-CHANGSHA-02-02"))
        .hasValueSatisfying(
            grid -> {
              assertThat(grid.type()).isEqualTo(GridType.INDUSTRIAL);
              assertThat(grid.workerUserId()).isEqualTo("mai.shaofen");
              assertThat(grid.communityCode()).isEqualTo("JM-KP-CHANGSHA-02");
            });
    assertThat(directory.town("JM-KP-CHIKAN")).contains(new Town("JM-KP-CHIKAN", "赤坎镇", "JM-KP"));
    assertThat(directory.town("JM-KP-CHIKAN")).map(Town::centerGroup).contains("center-JM-KP-CHIKAN");
    assertThat(directory.county("JM-TS")).contains(new County("JM-TS", "台山市"));
    assertThat(directory.department("OVERSEAS")).map(Department::group).contains("dept-OVERSEAS");
    assertThat(directory.person("ou.weixiong")).map(Person::name).contains("区伟雄");
    assertThat(directory.departments()).hasSize(19);
    assertThat(directory.categories()).hasSize(18).contains(new Category("WAGE_ARREARS", "欠薪、劳资纠纷"));
    assertThat(directory.isCategory("ILLEGAL_FISHING")).isTrue();
  }

  @Test
  void unknownCodesGiveEmpty() {
    assertThat(directory.grid("JM-XX-NOWHERE-01-01")).isEmpty();
    assertThat(directory.grid(null)).isEmpty();
    assertThat(directory.town("JM-PJ-NOWHERE")).isEmpty();
    assertThat(directory.county("JM-XX")).isEmpty();
    assertThat(directory.department("NASA")).isEmpty();
    assertThat(directory.person("nobody")).isEmpty();
    assertThat(directory.isCategory("UFO_SIGHTING")).isFalse();
    assertThat(directory.isCategory(null)).isFalse();
  }
}
