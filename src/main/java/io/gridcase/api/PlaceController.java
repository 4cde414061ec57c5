package io.gridcase.api;

import io.gridcase.directory.Directory;
import io.gridcase.directory.PlaceTree;
import io.gridcase.security.CaseAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The places a case may be reported in, for the people who report cases by hand (Tasklist's
 * report form picks the grid county → town → community → grid): an intake clerk gets every
 * town, a town center its own; anyone else 403.
 */
@RestController
@RequestMapping("/api/directory")
@Tag(name = "directory", description = "目录 Directory: where a case may be reported")
public class PlaceController {

  private final Directory directory;
  private final CaseAccess access;

  public PlaceController(Directory directory, CaseAccess access) {
    this.directory = directory;
    this.access = access;
  }

  @GetMapping("/places")
  @Operation(summary = "Counties, towns, communities and grids the caller may report cases in, with their names")
  public PlaceTree places() {
    return directory.places(access.townsCallerReportsFor());
  }
}
