package io.gridcase.engine.lifecycle;

import static io.gridcase.engine.CaseLifecycleProcess.CATEGORY;

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
 * {@code ${duplicateChecks.…}} in case-lifecycle (ADR 19): whether a classified case may repeat an
 * open one (then a clerk triages it, {@code Gateway_CategoryKnown}), and the list the manual triage
 * form shows.
 */
@Component("duplicateChecks")
public class DuplicateChecks {

  private final CaseRecords records;
  private final DuplicateFinder finder;

  public DuplicateChecks(CaseRecords records, DuplicateFinder finder) {
    this.records = records;
    this.finder = finder;
  }

  public boolean suspected(DelegateExecution execution) {
    return !found(execution).isEmpty();
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
    return finder.of(c, category == null ? finder.categoryOf(c) : category);
  }
}
