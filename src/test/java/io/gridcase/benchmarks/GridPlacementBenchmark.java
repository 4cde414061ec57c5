package io.gridcase.benchmarks;

import io.gridcase.directory.GeoJsonBoundary;
import io.gridcase.directory.Grid;
import io.gridcase.directory.GridMap;
import io.gridcase.directory.JiangmenScaleDirectoryGenerator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * How fast {@link GridMap} places points at Jiangmen scale (2,954 grids, the Voronoi boundaries of
 * {@link JiangmenScaleDirectoryGenerator}), on one thread: points inside a grid, points on
 * boundaries (the cells' vertices, each shared by two or three grids), points outside within the
 * 1,000 m limit and points far outside. Prints figures; asserts nothing
 * ({@code GridPlacementBenchmarkSmokeTest} runs it tiny).
 *
 * <p>Run: {@code mvn -B -q -Pbench test-compile exec:java
 * -Dexec.mainClass=io.gridcase.benchmarks.GridPlacementBenchmark [-Dexec.args=200000]} (points of each kind)
 */
public final class GridPlacementBenchmark {

  static final double WITHIN_METRES = 1000;
  private static final double METRES_PER_DEGREE = Math.PI * 6_371_008.8 / 180;

  private GridPlacementBenchmark() {}

  /** One kind of point: how many were placed in a grid, and how fast. */
  record Row(String kind, int points, int placed, double perSecond) {
    double microsEach() {
      return 1e6 / perSecond;
    }
  }

  record Result(int grids, double buildMillis, List<Row> rows) {
    String markdown() {
      StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
          "Grid placement, %,d grids (map built in %.0f ms), one thread%n%n"
              + "| points | count | placed in a grid | placements/s | µs each |%n|---|---|---|---|---|%n",
          grids, buildMillis));
      for (Row row : rows) {
        table.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,.0f | %.2f |%n",
            row.kind(), row.points(), row.placed(), row.perSecond(), row.microsEach()));
      }
      return table.toString();
    }
  }

  public static void main(String[] args) {
    int points = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 200_000;
    System.out.println(run(points).markdown());
  }

  static Result run(int pointsPerKind) {
    List<Grid> grids = new JiangmenScaleDirectoryGenerator().generate().gridList();
    long start = System.nanoTime();
    GridMap map = GridMap.of(grids, WITHIN_METRES);
    double buildMillis = (System.nanoTime() - start) / 1e6;

    Envelope city = new Envelope();
    List<Coordinate> vertices = new ArrayList<>();
    Set<Coordinate> seen = new LinkedHashSet<>();
    for (Grid grid : grids) {
      for (Coordinate c : GeoJsonBoundary.read(grid.boundary()).getCoordinates()) {
        city.expandToInclude(c);
        if (seen.add(c)) {
          vertices.add(c);
        }
      }
    }
    Random random = new Random(6);
    List<double[]> inside = new ArrayList<>();
    List<double[]> onBoundaries = new ArrayList<>();
    List<double[]> near = new ArrayList<>();
    List<double[]> far = new ArrayList<>();
    for (int i = 0; i < pointsPerKind; i++) {
      inside.add(new double[] {
        city.getMinY() + random.nextDouble() * city.getHeight(), city.getMinX() + random.nextDouble() * city.getWidth()});
      Coordinate vertex = vertices.get(random.nextInt(vertices.size()));
      onBoundaries.add(new double[] {vertex.y, vertex.x});
      near.add(southOf(city, random, 100 + random.nextDouble() * 800));
      far.add(southOf(city, random, 2_000 + random.nextDouble() * 48_000));
    }
    List<double[]> warmUp = new ArrayList<>(inside);
    warmUp.addAll(near);
    place(map, warmUp); // compiles the paths before anything is timed
    return new Result(grids.size(), buildMillis, List.of(
        time(map, "inside a grid", inside),
        time(map, "on boundaries (shared vertices)", onBoundaries),
        time(map, "outside, 100–900 m from the nearest grid", near),
        time(map, "outside, 2–50 km from every grid", far)));
  }

  /** A point south of the city's rectangle (the sea off Taishan), the given distance below its edge. */
  private static double[] southOf(Envelope city, Random random, double metres) {
    return new double[] {
      city.getMinY() - metres / METRES_PER_DEGREE, city.getMinX() + random.nextDouble() * city.getWidth()};
  }

  private static Row time(GridMap map, String kind, List<double[]> points) {
    long start = System.nanoTime();
    int placed = place(map, points);
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Row(kind, points.size(), placed, points.size() / seconds);
  }

  private static int place(GridMap map, List<double[]> points) {
    int placed = 0;
    for (double[] point : points) {
      if (map.gridAt(point[0], point[1]).isPresent()) {
        placed++;
      }
    }
    return placed;
  }
}
