package io.gridcase.intake;

import io.gridcase.directory.Directory;
import io.gridcase.directory.Grid;
import org.springframework.stereotype.Component;

/** Finds the grid a report belongs to: the grid it names, else the grid its point lies in (or near). */
@Component
public class GridLocator {

  private final Directory directory;

  public GridLocator(Directory directory) {
    this.directory = directory;
  }

  public Grid locate(CaseReport.Location location) {
    if (location.gridCode() != null && !location.gridCode().isBlank()) {
      return directory
          .grid(location.gridCode())
          .orElseThrow(
              () ->
                  new UnknownReferenceException(
                      "location.gridCode", location.gridCode(), "未知网格 unknown grid: " + location.gridCode()));
    }
    return directory
        .gridAt(location.lat(), location.lng())
        .orElseThrow(
            () ->
                new UnknownReferenceException(
                    "location",
                    location.lat() + "," + location.lng(),
                    "该位置不在任何网格内，附近也没有网格 no grid at or near " + location.lat() + "," + location.lng()));
  }
}
