package io.gridcase.api;

import io.gridcase.directory.Directory;
import io.gridcase.security.CaseAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The grids the caller looks after as grid worker (网格员), for the phone report page; empty for anyone else. */
@RestController
@RequestMapping("/api/directory")
@Tag(name = "directory", description = "目录 Directory: where a case may be reported")
public class MyGridsController {

  private final Directory directory;
  private final CaseAccess access;

  public MyGridsController(Directory directory, CaseAccess access) {
    this.directory = directory;
    this.access = access;
  }

  /** One grid by its code and name. */
  public record MyGrid(String code, String name) {}

  @GetMapping("/my-grids")
  @Operation(summary = "The grids the caller is the grid worker of (网格员上报 page)")
  public List<MyGrid> myGrids() {
    return directory.gridsOfWorker(access.caller().id()).stream().map(grid -> new MyGrid(grid.code(), grid.name())).toList();
  }
}
