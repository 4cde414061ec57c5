package io.gridcase.directory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.index.strtree.STRtree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places a point (WGS 84) in its grid: the grids' boundary polygons, prepared, in an STR-tree.
 *
 * <ul>
 *   <li>A point inside one grid is in that grid.
 *   <li>A point on the boundary of several (a shared edge or vertex) is in the one with the
 *       smallest code, so the same point always lands in the same grid.
 *   <li>A point outside every grid is in the grid whose boundary is nearest, if that is no farther
 *       than {@code withinMetres} (ties again to the smallest code); otherwise in none.
 * </ul>
 *
 * Immutable and safe for concurrent use once built. Distances are measured on a local
 * equirectangular plane around the point, good to well under 1 % at a few kilometres.
 */
public final class GridMap {

  private static final Logger log = LoggerFactory.getLogger(GridMap.class);

  /** Along a meridian, on a sphere of the mean earth radius (IUGG, 6,371,008.8 m). */
  private static final double METRES_PER_DEGREE = Math.PI * 6_371_008.8 / 180;
  private static final Comparator<Placed> BY_CODE = Comparator.comparing(p -> p.grid().code());

  private record Placed(Grid grid, PreparedGeometry boundary) {}

  private final STRtree index = new STRtree();
  private final double withinMetres;
  private final int size;

  private GridMap(Collection<Grid> grids, double withinMetres) {
    this.withinMetres = withinMetres;
    int placed = 0;
    for (Grid grid : grids) {
      if (grid.boundary() == null) {
        continue; // a row the current file left out, stored before boundaries existed
      }
      try {
        Geometry boundary = GeoJsonBoundary.read(grid.boundary());
        index.insert(boundary.getEnvelopeInternal(), new Placed(grid, PreparedGeometryFactory.prepare(boundary)));
        placed++;
      } catch (IllegalArgumentException e) {
        log.warn("Grid {} has an unreadable boundary and cannot be placed: {}", grid.code(), e.getMessage());
      }
    }
    index.build(); // queries on a built tree are read-only, so threads may share it
    this.size = placed;
  }

  /** @param withinMetres how far outside every grid a point may lie and still go to the nearest */
  public static GridMap of(Collection<Grid> grids, double withinMetres) {
    return new GridMap(grids, withinMetres);
  }

  /** How many grids have a boundary on the map. */
  public int size() {
    return size;
  }

  public Optional<Grid> gridAt(double lat, double lng) {
    Point point = GeoJsonBoundary.GEOMETRY.createPoint(new Coordinate(lng, lat));
    Optional<Placed> covering =
        candidates(point.getEnvelopeInternal()).stream().filter(p -> p.boundary().covers(point)).min(BY_CODE);
    if (covering.isPresent()) {
      return covering.map(Placed::grid);
    }
    return nearest(lat, lng);
  }

  private Optional<Grid> nearest(double lat, double lng) {
    if (withinMetres <= 0) {
      return Optional.empty();
    }
    double cosLat = Math.max(Math.cos(Math.toRadians(lat)), 1e-6);
    double dLat = withinMetres / METRES_PER_DEGREE;
    Envelope around = new Envelope(new Coordinate(lng, lat));
    around.expandBy(dLat / cosLat, dLat);
    // the point at the origin of a plane in metres, x east and y north
    AffineTransformation toMetres =
        AffineTransformation.translationInstance(-lng, -lat).scale(cosLat * METRES_PER_DEGREE, METRES_PER_DEGREE);
    Point origin = GeoJsonBoundary.GEOMETRY.createPoint(new Coordinate(0, 0));
    Placed best = null;
    double bestMetres = Double.MAX_VALUE;
    for (Placed candidate : candidates(around)) {
      double metres = toMetres.transform(candidate.boundary().getGeometry()).distance(origin);
      if (metres < bestMetres || (metres == bestMetres && BY_CODE.compare(candidate, best) < 0)) {
        best = candidate;
        bestMetres = metres;
      }
    }
    return bestMetres <= withinMetres ? Optional.of(best.grid()) : Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private List<Placed> candidates(Envelope envelope) {
    return index.query(envelope);
  }
}
