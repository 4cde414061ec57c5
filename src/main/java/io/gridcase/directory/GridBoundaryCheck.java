package io.gridcase.directory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Dimension;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * The grids' boundaries in a directory file: each one readable GeoJSON, a valid polygon (no
 * self-intersection), on the earth, holding the grid's centre; no two grids overlapping (sharing
 * an edge or a vertex is fine).
 */
final class GridBoundaryCheck {

  private GridBoundaryCheck() {}

  static void addProblems(List<Grid> grids, List<String> problems) {
    Map<Grid, Geometry> readable = new HashMap<>();
    for (Grid grid : grids) {
      Geometry boundary = boundaryOf(grid, problems);
      if (boundary != null) {
        readable.put(grid, boundary);
      }
    }
    overlaps(grids, readable, problems);
  }

  private static Geometry boundaryOf(Grid grid, List<String> problems) {
    if (grid.boundary() == null) {
      problems.add("grid " + grid.code() + " has no boundary");
      return null;
    }
    Geometry boundary;
    try {
      boundary = GeoJsonBoundary.read(grid.boundary());
    } catch (IllegalArgumentException e) {
      problems.add("grid " + grid.code() + " has an unreadable boundary: " + e.getMessage());
      return null;
    }
    Envelope envelope = boundary.getEnvelopeInternal();
    if (envelope.getMinX() < -180 || envelope.getMaxX() > 180 || envelope.getMinY() < -90 || envelope.getMaxY() > 90) {
      problems.add("grid " + grid.code() + " has a boundary off the earth (GeoJSON positions are [lng, lat])");
      return null;
    }
    TopologyValidationError error = new IsValidOp(boundary).getValidationError();
    if (error != null) {
      problems.add("grid " + grid.code() + " has an invalid boundary: " + error.getMessage() + " at " + at(error.getCoordinate()));
      return null;
    }
    Coordinate centre = new Coordinate(grid.lng(), grid.lat());
    if (!boundary.covers(GeoJsonBoundary.GEOMETRY.createPoint(centre))) {
      problems.add("grid " + grid.code() + " has its centre " + at(centre)
          + " outside its boundary (GeoJSON positions are [lng, lat])");
    }
    return boundary;
  }

  /** Pairs whose envelopes meet, found through an STR-tree, then tested exactly. */
  private static void overlaps(List<Grid> grids, Map<Grid, Geometry> boundaries, List<String> problems) {
    STRtree index = new STRtree();
    List<Grid> placed = new ArrayList<>();
    for (Grid grid : grids) {
      Geometry boundary = boundaries.get(grid);
      if (boundary != null) {
        index.insert(boundary.getEnvelopeInternal(), grid);
        placed.add(grid);
      }
    }
    for (Grid grid : placed) {
      Geometry boundary = boundaries.get(grid);
      for (Object item : index.query(boundary.getEnvelopeInternal())) {
        Grid other = (Grid) item;
        if (grid.code().compareTo(other.code()) < 0
            && boundary.relate(boundaries.get(other)).get(Location.INTERIOR, Location.INTERIOR) == Dimension.A) {
          problems.add("grids " + grid.code() + " and " + other.code() + " overlap");
        }
      }
    }
  }

  private static String at(Coordinate c) {
    return c == null ? "?" : "[" + sixDecimals(c.x) + ", " + sixDecimals(c.y) + "]";
  }

  private static String sixDecimals(double degrees) {
    return BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
