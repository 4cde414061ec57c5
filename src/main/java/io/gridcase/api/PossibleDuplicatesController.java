package io.gridcase.api;

import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.DepartmentOrders;
import io.gridcase.duplicates.DuplicateFinder;
import io.gridcase.duplicates.DuplicateLinks;
import io.gridcase.duplicates.PossibleDuplicate;
import io.gridcase.security.CaseAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A case's duplicates (ADR 19), for whoever may read the case: what it may repeat, and what it was linked to. */
@RestController
@Tag(name = "cases")
public class PossibleDuplicatesController {

  private final CaseRecords records;
  private final DepartmentOrders orders;
  private final CaseAccess access;
  private final DuplicateFinder finder;
  private final DuplicateLinks links;

  public PossibleDuplicatesController(
      CaseRecords records, DepartmentOrders orders, CaseAccess access, DuplicateFinder finder, DuplicateLinks links) {
    this.records = records;
    this.orders = orders;
    this.access = access;
    this.finder = finder;
    this.links = links;
  }

  /** The answer: only cases the caller may read are named. */
  public record CaseDuplicates(
      String caseNumber,
      @Schema(description = "open cases of the same category reported nearby shortly before this one (decisions/duplicate-window.dmn)")
          List<PossibleDuplicate> possibleDuplicates,
      @Schema(description = "the case this one was closed as 重复件 of, if any") String duplicateOf,
      @Schema(description = "the cases closed as 重复件 of this one") List<String> duplicates) {}

  @GetMapping("/api/cases/{caseNumber}/duplicates")
  @Operation(summary = "疑似重复件 and 重复件 of a case: open cases it may repeat, the case it was linked to, the cases linked to it")
  public CaseDuplicates duplicates(@PathVariable String caseNumber) {
    var found = records.get(caseNumber);
    access.checkMayRead(found, orders.of(caseNumber));
    return new CaseDuplicates(
        caseNumber,
        finder.of(found).stream().filter(d -> readable(d.caseNumber())).toList(),
        links.masterOf(caseNumber).filter(this::readable).orElse(null),
        links.duplicatesOf(caseNumber).stream().filter(this::readable).toList());
  }

  private boolean readable(String caseNumber) {
    return access.mayRead(records.get(caseNumber), orders.of(caseNumber));
  }
}
