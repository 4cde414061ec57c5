package io.gridcase.directory;

/**
 * A grid (网格), the smallest unit a grid worker looks after.
 *
 * @param lat the latitude of the grid's centre, a point inside its boundary (WGS 84)
 * @param lng the longitude of that point
 * @param workerUserId the Camunda user id of the grid worker (网格员), may be null
 * @param boundary the grid's area as GeoJSON text (a Polygon or MultiPolygon, [lng, lat] positions);
 *     null only for a row stored before boundaries existed; see {@link GridMap}
 */
public record Grid(
    String code,
    String name,
    String communityCode,
    String townCode,
    String countyCode,
    GridType type,
    double lat,
    double lng,
    String workerUserId,
    String boundary) {

  /** The Camunda group of the center that dispatches this grid's cases. */
  public String townCenterGroup() {
    return DirectoryGroups.centerGroup(townCode);
  }
}
