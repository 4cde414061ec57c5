package io.gridcase.directory;

/**
 * A grid (网格), the smallest unit a grid worker looks after. The centre point stands in for the
 * grid's real boundary polygon; see {@link Directory#nearestGrid(double, double)}.
 *
 * @param workerUserId the Camunda user id of the grid worker (网格员), may be null
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
    String workerUserId) {

  /** The Camunda group of the center that dispatches this grid's cases. */
  public String townCenterGroup() {
    return DirectoryGroups.centerGroup(townCode);
  }
}
