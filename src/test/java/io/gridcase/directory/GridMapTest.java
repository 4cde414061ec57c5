package io.gridcase.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Placing points on a small map of square grids near Jiangmen, 0.01° (about 1.1 km) a side:
 *
 * <pre>
 *   22.62 +-------+-------+
 *         |  G-C  |  G-D  |
 *   22.61 +-------+-------+
 *         |  G-A  |  G-B  |
 *   22.60 +-------+-------+
 *      113.00  113.01  113.02
 * </pre>
 */
class GridMapTest {

  private static final double METRES_PER_DEGREE_LAT = Math.PI * 6_371_008.8 / 180;

  private static final List<Grid> GRIDS =
      List.of(
          square("G-D", 113.01, 22.61, 113.02, 22.62),
          square("G-C", 113.00, 22.61, 113.01, 22.62),
          square("G-B", 113.01, 22.60, 113.02, 22.61),
          square("G-A", 113.00, 22.60, 113.01, 22.61));

  private final GridMap map = GridMap.of(GRIDS, 1000);

  @Test
  void aPointInsideOneGridIsInThatGrid() {
    assertThat(map.gridAt(22.605, 113.005)).map(Grid::code).contains("G-A");
    assertThat(map.gridAt(22.615, 113.015)).map(Grid::code).contains("G-D");
    assertThat(map.gridAt(22.6001, 113.0199)).map(Grid::code).contains("G-B");
    assertThat(map.size()).isEqualTo(4);
  }

  @Test
  void aPointOnASharedEdgeGoesToTheSmallestCode() {
    assertThat(map.gridAt(22.605, 113.01)).map(Grid::code).contains("G-A"); // A | B
    assertThat(map.gridAt(22.61, 113.015)).map(Grid::code).contains("G-B"); // B | D
    assertThat(map.gridAt(22.615, 113.01)).map(Grid::code).contains("G-C"); // C | D
  }

  @Test
  void aPointOnAVertexOfFourGridsGoesToTheSmallestCode() {
    assertThat(map.gridAt(22.61, 113.01)).map(Grid::code).contains("G-A");
    // whatever order the grids come in
    assertThat(GridMap.of(List.of(GRIDS.get(3), GRIDS.get(1), GRIDS.get(2), GRIDS.get(0)), 1000).gridAt(22.61, 113.01)).map(Grid::code).contains("G-A");
  }

  @Test
  void aPointOnTheOuterEdgeIsInItsGrid() {
    assertThat(map.gridAt(22.62, 113.005)).map(Grid::code).contains("G-C");
    assertThat(map.gridAt(22.60, 113.02)).map(Grid::code).contains("G-B");
  }

  @Test
  void aPointOutsideButNearIsInTheNearestGrid() {
    // 500 m north of G-D's top edge
    assertThat(map.gridAt(22.62 + 500 / METRES_PER_DEGREE_LAT, 113.018)).map(Grid::code).contains("G-D");
    // 990 m south of G-A
    assertThat(map.gridAt(22.60 - 990 / METRES_PER_DEGREE_LAT, 113.002)).map(Grid::code).contains("G-A");
    // 800 m west of the corner G-A / G-C: equally near both, the smallest code
    assertThat(map.gridAt(22.61, 113.00 - 800 / (METRES_PER_DEGREE_LAT * Math.cos(Math.toRadians(22.61)))))
        .map(Grid::code)
        .contains("G-A");
  }

  @Test
  void aPointFartherThanTheLimitIsInNoGrid() {
    // 1,010 m south of G-A
    assertThat(map.gridAt(22.60 - 1010 / METRES_PER_DEGREE_LAT, 113.002)).isEmpty();
    // 1 km east of G-B, measured along the parallel (0.01° of longitude is about 1.03 km at 22.6°)
    assertThat(map.gridAt(22.605, 113.02 + 1010 / (METRES_PER_DEGREE_LAT * Math.cos(Math.toRadians(22.605)))))
        .isEmpty();
    assertThat(map.gridAt(23.1291, 113.2644)).isEmpty(); // Guangzhou
  }

  @Test
  void theLimitIsTheMapsOwn() {
    double lat = 22.60 - 1500 / METRES_PER_DEGREE_LAT;
    assertThat(GridMap.of(GRIDS, 2000).gridAt(lat, 113.002)).map(Grid::code).contains("G-A");
    assertThat(GridMap.of(GRIDS, 0).gridAt(22.60 - 1 / METRES_PER_DEGREE_LAT, 113.002)).isEmpty();
  }

  @Test
  void aHoleIsOutsideItsGrid() {
    String withHole =
        "{\"type\":\"Polygon\",\"coordinates\":[[[113.0,22.6],[113.01,22.6],[113.01,22.61],[113.0,22.61],[113.0,22.6]],"
            + "[[113.004,22.604],[113.004,22.606],[113.006,22.606],[113.006,22.604],[113.004,22.604]]]}";
    String island =
        "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[113.0045,22.6045],[113.0055,22.6045],[113.0055,22.6055],"
            + "[113.0045,22.6055],[113.0045,22.6045]]]]}";
    GridMap holed = GridMap.of(List.of(grid("RING", withHole), grid("ISLAND", island)), 0);
    assertThat(holed.gridAt(22.605, 113.005)).map(Grid::code).contains("ISLAND");
    assertThat(holed.gridAt(22.6041, 113.0041)).isEmpty(); // in the hole, off the island
    assertThat(holed.gridAt(22.602, 113.002)).map(Grid::code).contains("RING");
  }

  @Test
  void gridsWithoutABoundaryAreLeftOff() {
    GridMap partial = GridMap.of(List.of(GRIDS.get(3), grid("OLD", null), grid("BROKEN", "{\"type\":\"Point\"}")), 1000);
    assertThat(partial.size()).isEqualTo(1);
    assertThat(partial.gridAt(22.605, 113.005)).map(Grid::code).contains("G-A");
  }

  static Grid square(String code, double west, double south, double east, double north) {
    String ring =
        String.format(
            Locale.ROOT,
            "[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]",
            west, south, east, south, east, north, west, north, west, south);
    return grid(code, "{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}");
  }

  private static Grid grid(String code, String boundary) {
    return new Grid(code, code, "C", "T", "K", GridType.COMMUNITY, 22.6, 113.0, null, boundary);
  }
}
