package io.gridcase.security;

import static io.gridcase.engine.CaseLifecycleProcess.CASE_NUMBER;
import static io.gridcase.engine.CaseLifecycleProcess.GRID_CODE;

import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.directory.Directory;
import io.gridcase.directory.DirectoryGroups;
import io.gridcase.directory.Grid;
import io.gridcase.engine.CaseLifecycleProcess;
import io.gridcase.engine.RequestExtensionProcess;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * The two processes a person may start from Tasklist, and what their start forms must hold before
 * the engine sees them. The engine's delegates refuse the same things, but a delegate's refusal
 * during a form submission reaches the client as a 500 (Camunda's REST resource reports every
 * engine exception but a form-field validation as an internal error), so the checks that depend on
 * the caller are made here first:
 *
 * <ul>
 *   <li>{@code case-lifecycle} ({@code report-case}): intake clerks for any grid, a town center
 *       for the grids of its own town;
 *   <li>{@code request-extension} ({@code ask-for-extension}): a handler of the case's lead
 *       department only. An unknown case is refused the same way, so as not to tell which exist.
 * </ul>
 *
 * Every other process is started by Gridcase's own code only.
 */
final class StartForms {

  /** A refusal: the status, what to tell, and the field at fault (or null). */
  record Refusal(HttpStatus status, String detail, String field) {}

  private final Directory directory;
  private final CaseRecords records;

  StartForms(Directory directory, CaseRecords records) {
    this.directory = directory;
    this.records = records;
  }

  /** Why the caller may not submit this start form with these values, if they may not. */
  Optional<Refusal> check(GridcaseUser caller, String processKey, Map<String, String> values) {
    return switch (processKey) {
      case CaseLifecycleProcess.ID -> reportCase(caller, values.get(GRID_CODE));
      case RequestExtensionProcess.ID -> askForExtension(caller, values.get(CASE_NUMBER));
      default -> Optional.of(new Refusal(HttpStatus.FORBIDDEN,
          "只有系统可以启动此流程 Only Gridcase itself starts " + processKey + ".", null));
    };
  }

  private Optional<Refusal> reportCase(GridcaseUser caller, String gridCode) {
    boolean intake = caller.in(DirectoryGroups.INTAKE);
    if (!intake && caller.towns().isEmpty()) {
      return Optional.of(new Refusal(HttpStatus.FORBIDDEN,
          "只有受理员和镇街综治中心可以登记案件 Only intake clerks and town centers report cases.", null));
    }
    if (gridCode == null || gridCode.isBlank()) {
      return Optional.of(new Refusal(HttpStatus.BAD_REQUEST, "网格编码必填 gridCode is required / 必填", "gridCode"));
    }
    Optional<Grid> grid = directory.grid(gridCode);
    if (grid.isEmpty()) {
      return Optional.of(new Refusal(HttpStatus.BAD_REQUEST, "未知网格 unknown grid: " + gridCode, "gridCode"));
    }
    if (!intake && !caller.towns().contains(grid.get().townCode())) {
      return Optional.of(new Refusal(HttpStatus.FORBIDDEN,
          "只能登记本镇街的案件 A town center reports cases of its own town only.", "gridCode"));
    }
    return Optional.empty();
  }

  private Optional<Refusal> askForExtension(GridcaseUser caller, String caseNumber) {
    if (caller.departments().isEmpty()) {
      return Optional.of(new Refusal(HttpStatus.FORBIDDEN,
          "只有部门经办人可以申请延期 Only department handlers ask for extensions.", null));
    }
    if (caseNumber == null || caseNumber.isBlank()) {
      return Optional.of(new Refusal(HttpStatus.BAD_REQUEST, "案件编号必填 caseNumber is required / 必填", "caseNumber"));
    }
    boolean lead = records.find(caseNumber).map(CaseRecord::leadDepartment)
        .filter(caller.departments()::contains).isPresent();
    if (!lead) {
      return Optional.of(new Refusal(HttpStatus.FORBIDDEN,
          "只有主办部门可以申请延期 Only the lead department of the case may ask for an extension.", "caseNumber"));
    }
    return Optional.empty();
  }
}
