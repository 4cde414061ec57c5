package io.gridcase.engine.lifecycle;

import static io.gridcase.engine.CaseLifecycleProcess.CATEGORY;
import static io.gridcase.engine.CaseLifecycleProcess.TRIAGE_DUPLICATE;
import static io.gridcase.engine.CaseLifecycleProcess.TRIAGE_OUTCOME;

import io.gridcase.casefile.CaseRecords;
import io.gridcase.duplicates.DuplicateFinder;
import io.gridcase.duplicates.PossibleDuplicate;
import io.gridcase.engine.BusinessKey;
import io.gridcase.engine.Variables;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * {@code ${duplicateChecks.…}} in case-lifecycle (ADR 19): the open cases a case may repeat, as the
 * manual triage form shows them, and whether the clerk found it a duplicate.
 */
@Component("duplicateChecks")
public class DuplicateChecks {

  private final CaseRecords records;
  private final DuplicateFinder finder;

  public DuplicateChecks(CaseRecords records, DuplicateFinder finder) {
    this.records = records;
    this.finder = finder;
  }

  /** Whether the manual triage's outcome is 重复件 ({@code triageOutcome} DUPLICATE): then Task_LinkDuplicate. */
  public boolean linkAsked(DelegateExecution execution) {
    return TRIAGE_DUPLICATE.equals(Variables.text(execution, TRIAGE_OUTCOME));
  }

  /** One line per possible duplicate, for the form; empty text when there is none. */
  public String listed(DelegateExecution execution) {
    return found(execution).stream()
        .map(d -> "%s %s（相距 %d 米）".formatted(d.caseNumber(), d.title(), d.distanceMetres()))
        .collect(Collectors.joining("\n"));
  }

  private List<PossibleDuplicate> found(DelegateExecution execution) {
    var c = records.get(BusinessKey.caseNumber(execution));
    String category = Variables.text(execution, CATEGORY);
    String known = category == null ? finder.categoryOf(c) : category;
    return known == null ? finder.ofAnyCategory(c) : finder.of(c, known);
  }
}
