package io.gridcase.directory;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.engine.identity.CamundaIdentitySync;
import io.gridcase.support.PostgresServer;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The same migration and load on a real PostgreSQL (the build's embedded server), in a schema of its own. */
class DirectoryPostgresTest {

  @Test
  void migratesAndLoadsTwiceOnPostgres() {
    PGSimpleDataSource dataSource = PostgresServer.migratedSchema("dir_test");
    JdbcClient jdbc = JdbcClient.create(dataSource);
    ProcessEngine camunda = TestDatabases.camunda();
    try {
      DirectoryProperties properties = new DirectoryProperties("classpath:directory/demo-directory.yaml", 1000);
      DirectoryTables tables = TestDatabases.tables(dataSource);
      Directory directory = new Directory(tables, properties);
      DirectoryLoader loader =
          new DirectoryLoader(
              properties,
              new DefaultResourceLoader(),
              tables,
              new CamundaIdentitySync(camunda.getIdentityService()),
              directory);

      loader.run(null);
      assertThat(loader.load(new DefaultResourceLoader().getResource(properties.location())).changedNothing())
          .isTrue();
      assertThat(jdbc.sql("select count(*) from dir_grid").query(Long.class).single()).isEqualTo(24);
      assertThat(directory.gridAt(22.6063, 113.0741)).map(Grid::code).contains("JM-PJ-HUANSHI-01-02");
      // the boundary comes back from the text column as it went in
      String stored =
          jdbc.sql("select boundary from dir_grid where code = 'JM-PJ-HUANSHI-01-01'").query(String.class).single();
      assertThat(GeoJsonBoundary.read(stored).getNumPoints()).isGreaterThan(4);
      assertThat(directory.grid("JM-PJ-HUANSHI-01-01").map(Grid::boundary)).contains(stored);
      assertThat(directory.grid("JM-TS-CHUANDAO-01-01")).map(Grid::type).contains(GridType.MARITIME);

      DirectoryFile city = new JiangmenScaleDirectoryGenerator().generate();
      loader.load(city, "generated");
      assertThat(loader.load(city, "generated").changedNothing()).isTrue();
      // rows the new file leaves out are kept: cases may point at them
      Set<String> codes = new HashSet<>();
      tables.grids().forEach(g -> codes.add(g.code()));
      city.gridList().forEach(g -> assertThat(codes).contains(g.code()));
      assertThat(codes.size()).isGreaterThanOrEqualTo(2_954).isLessThanOrEqualTo(2_954 + 24);
      Grid some = city.gridList().get(2_000);
      assertThat(directory.gridAt(some.lat(), some.lng())).map(Grid::code).contains(some.code());
    } finally {
      camunda.close();
      jdbc.sql("drop schema " + dataSource.getCurrentSchema() + " cascade").update();
    }
  }
}
