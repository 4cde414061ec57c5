package io.gridcase.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcase.directory.DirectoryFile.CommunityEntry;
import io.gridcase.directory.DirectoryFile.CountyEntry;
import io.gridcase.directory.DirectoryFile.GridEntry;
import io.gridcase.directory.DirectoryFile.PersonEntry;
import io.gridcase.directory.DirectoryFile.TownEntry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.ObjectMapper;

class DirectoryFileCheckTest {

  @Test
  void theDemoDirectoryIsValid() throws Exception {
    try (var in = getClass().getResourceAsStream("/directory/demo-directory.yaml")) {
      DirectoryFile demo = DirectoryFile.read(in);
      assertThat(DirectoryFileCheck.problems(demo)).isEmpty();
      assertThat(demo.demoPassword()).isEqualTo("gridcase");
    }
  }

  @Test
  void namesEveryMistake() {
    GridEntry grid = grid("JM-X-T-01-01", 22.5, 113.0, SQUARE, "nobody");
    DirectoryFile file =
        new DirectoryFile(
            null,
            null,
            List.of(
                new CountyEntry(
                    "JM-X",
                    "某区",
                    List.of(new TownEntry("JM-X-T", "某镇", List.of(new CommunityEntry("JM-X-T-01", "某村", List.of(grid, grid))))))),
            List.of(new Department("HRSS", "人社局", null, null, null)),
            List.of(),
            List.of(
                new PersonEntry("li.si", "李", "四", null, List.of("center-JM-X-T", "dept-NOPE")),
                new PersonEntry("bad id", "王", "五", null, List.of()),
                new PersonEntry("mo.tiao", "莫", "调", null, List.of("mediators-JM-X-T"), null, null, List.of("NEIGHBOUR", "COOKING")),
                new PersonEntry("he.ping", "何", "平", null, List.of("center-JM-X-T"), null, null, List.of("LAND"))));

    assertThat(DirectoryFileCheck.problems(file))
        .containsExactlyInAnyOrder(
            "grid JM-X-T-01-01 appears twice",
            "department HRSS has no nameEn",
            "grid JM-X-T-01-01 names worker nobody, who is not among the people",
            "grid JM-X-T-01-01 names worker nobody, who is not among the people",
            "person li.si is in unknown group dept-NOPE",
            "person id bad id is not a valid Camunda user id",
            "person mo.tiao has unknown mediation specialty COOKING",
            "person he.ping has mediation specialties but is no mediator or expert");
    assertThatThrownBy(() -> DirectoryFileCheck.requireValid(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("8 problem(s)");
  }

  @Test
  void namesEveryGridWhoseBoundaryIsWrong() {
    DirectoryFile file =
        inOneCommunity(
            grid("JM-X-T-01-01", 22.505, 113.005, SQUARE, null),
            grid("JM-X-T-01-02", 22.505, 113.005, null, null),
            grid("JM-X-T-01-03", 22.505, 113.005, "{\"type\": \"Point\", \"coordinates\": [113.0, 22.5]}", null),
            // a bow tie: its edges cross at (113.005, 22.505)
            grid("JM-X-T-01-04", 22.501, 113.005,
                "{\"type\": \"Polygon\", \"coordinates\": [[[113.0, 22.5], [113.01, 22.51], [113.01, 22.5], [113.0, 22.51], [113.0, 22.5]]]}",
                null),
            // lat and lng swapped
            grid("JM-X-T-01-05", 22.505, 113.005,
                "{\"type\": \"Polygon\", \"coordinates\": [[[22.5, 113.0], [22.51, 113.0], [22.51, 113.01], [22.5, 113.01], [22.5, 113.0]]]}",
                null),
            // a ring that is not closed
            grid("JM-X-T-01-06", 22.505, 113.005,
                "{\"type\": \"Polygon\", \"coordinates\": [[[113.0, 22.5], [113.01, 22.5], [113.01, 22.51], [113.0, 22.51]]]}",
                null),
            // overlaps the eastern half of 01-01, and its centre lies outside it
            grid("JM-X-T-01-07", 22.505, 113.001,
                "{\"type\": \"Polygon\", \"coordinates\": [[[113.005, 22.5], [113.015, 22.5], [113.015, 22.51], [113.005, 22.51], [113.005, 22.5]]]}",
                null),
            // shares 01-01's eastern edge: fine with 01-01
            grid("JM-X-T-01-08", 22.505, 113.015,
                "{\"type\": \"MultiPolygon\", \"coordinates\": [[[[113.01, 22.5], [113.02, 22.5], [113.02, 22.51], [113.01, 22.51], [113.01, 22.5]]]]}",
                null));

    assertThat(DirectoryFileCheck.problems(file))
        .containsExactlyInAnyOrder(
            "grid JM-X-T-01-02 has no boundary",
            "grid JM-X-T-01-03 has an unreadable boundary: a boundary must be a GeoJSON Polygon or MultiPolygon, not 'Point'",
            "grid JM-X-T-01-04 has an invalid boundary: Self-intersection at [113.005, 22.505]",
            "grid JM-X-T-01-05 has a boundary off the earth (GeoJSON positions are [lng, lat])",
            "grid JM-X-T-01-06 has an unreadable boundary: Points of LinearRing do not form a closed linestring",
            "grid JM-X-T-01-07 has its centre [113.001, 22.505] outside its boundary (GeoJSON positions are [lng, lat])",
            "grids JM-X-T-01-01 and JM-X-T-01-07 overlap",
            "grids JM-X-T-01-07 and JM-X-T-01-08 overlap");
  }

  @Test
  void rejectsUnknownKeysInTheYaml() {
    String yaml = "counties: []\ndepartmants: []\n";
    assertThatThrownBy(() -> DirectoryFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("cannot read");
  }

  private static final String SQUARE =
      "{\"type\": \"Polygon\", \"coordinates\": [[[113.0, 22.5], [113.01, 22.5], [113.01, 22.51], [113.0, 22.51], [113.0, 22.5]]]}";

  private static GridEntry grid(String code, double lat, double lng, String boundary, String worker) {
    try {
      return new GridEntry(
          code, "网格" + code, GridType.RURAL, lat, lng, worker, boundary == null ? null : new ObjectMapper().readTree(boundary));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static DirectoryFile inOneCommunity(GridEntry... grids) {
    return new DirectoryFile(
        null,
        null,
        List.of(new CountyEntry("JM-X", "某区", List.of(new TownEntry("JM-X-T", "某镇", List.of(
            new CommunityEntry("JM-X-T-01", "某村", List.of(grids))))))),
        List.of(),
        List.of(),
        List.of());
  }
}
