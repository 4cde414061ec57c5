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
    GridEntry grid = new GridEntry("JM-X-T-01-01", "网格", GridType.RURAL, 22.5, 113.0, "nobody");
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
                new PersonEntry("bad id", "王", "五", null, List.of())));

    assertThat(DirectoryFileCheck.problems(file))
        .containsExactlyInAnyOrder(
            "grid JM-X-T-01-01 appears twice",
            "department HRSS has no nameEn",
            "grid JM-X-T-01-01 names worker nobody, who is not among the people",
            "grid JM-X-T-01-01 names worker nobody, who is not among the people",
            "person li.si is in unknown group dept-NOPE",
            "person id bad id is not a valid Camunda user id");
    assertThatThrownBy(() -> DirectoryFileCheck.requireValid(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("6 problem(s)");
  }

  @Test
  void rejectsUnknownKeysInTheYaml() {
    String yaml = "counties: []\ndepartmants: []\n";
    assertThatThrownBy(() -> DirectoryFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("cannot read");
  }
}
