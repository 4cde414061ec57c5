package io.gridcase.engine.lifecycle;

import static io.gridcase.engine.CaseLifecycleProcess.CASE_NUMBER;
import static io.gridcase.engine.CaseLifecycleProcess.CHANNEL;
import static io.gridcase.engine.CaseLifecycleProcess.COUNTY_CENTER_GROUP;
import static io.gridcase.engine.CaseLifecycleProcess.COUNTY_CODE;
import static io.gridcase.engine.CaseLifecycleProcess.DESCRIPTION;
import static io.gridcase.engine.CaseLifecycleProcess.GRID_CODE;
import static io.gridcase.engine.CaseLifecycleProcess.GRID_WORKER;
import static io.gridcase.engine.CaseLifecycleProcess.OVERSEAS_CHINESE;
import static io.gridcase.engine.CaseLifecycleProcess.REPORTED_CATEGORY;
import static io.gridcase.engine.CaseLifecycleProcess.REPORTER_HAS_EMAIL;
import static io.gridcase.engine.CaseLifecycleProcess.REPORTER_HAS_PHONE;
import static io.gridcase.engine.CaseLifecycleProcess.SME;
import static io.gridcase.engine.CaseLifecycleProcess.TITLE;
import static io.gridcase.engine.CaseLifecycleProcess.TOWN_CENTER_GROUP;
import static io.gridcase.engine.CaseLifecycleProcess.TOWN_CODE;

import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.directory.Directory;
import io.gridcase.directory.DirectoryGroups;
import io.gridcase.directory.Grid;
import io.gridcase.intake.CaseAlreadyStartedException;
import io.gridcase.intake.CaseIntake;
import io.gridcase.intake.StartFormReport;
import io.gridcase.engine.Variables;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RegisterCase}: makes sure the case record exists (a case started from the Tasklist
 * form gets it here) and puts on the instance the facts the rules route by. Reporter contact
 * details stay in the case record, never in process variables.
 *
 * <p>The instance's business key becomes the case number, the one source of the case for every
 * later step ({@link io.gridcase.engine.BusinessKey}). A case has exactly one lifecycle: a start
 * that names an existing case, by {@code caseNumber} variable or by business key, may only bind a
 * case no lifecycle holds yet (the one {@link CaseIntake} registered in the same transaction);
 * any other is refused with {@link CaseAlreadyStartedException} before anything is written.
 */
@Component("registerCaseDelegate")
public class RegisterCaseDelegate implements JavaDelegate {

  private final CaseIntake intake;
  private final CaseRecords records;
  private final Directory directory;

  public RegisterCaseDelegate(CaseIntake intake, CaseRecords records, Directory directory) {
    this.intake = intake;
    this.records = records;
    this.directory = directory;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseRecord registered = named(execution).orElseGet(() -> registerFromForm(execution));
    if (!records.attachProcessInstance(registered.caseNumber(), execution.getProcessInstanceId())) {
      throw new CaseAlreadyStartedException(registered.caseNumber());
    }
    execution.setProcessBusinessKey(registered.caseNumber());
    execution.setVariables(routingFacts(registered));
  }

  /** The existing case a start names: by the {@code caseNumber} variable or by its business key. */
  private Optional<CaseRecord> named(DelegateExecution execution) {
    String variable = Variables.text(execution, CASE_NUMBER);
    String key = execution.getProcessBusinessKey();
    Optional<CaseRecord> byKey = key == null || key.isBlank() ? Optional.empty() : records.find(key.strip());
    // CaseIntake names its new case both ways; a key alone that names a case is a second start
    if (byKey.isPresent() && !byKey.get().caseNumber().equals(variable)) {
      throw new CaseAlreadyStartedException(byKey.get().caseNumber());
    }
    return variable == null ? Optional.empty() : Optional.of(records.get(variable));
  }

  private CaseRecord registerFromForm(DelegateExecution execution) {
    CaseRecord registered = intake.registerStarted(StartFormReport.read(execution::getVariable));
    execution.removeVariables(StartFormReport.FIELDS);
    return registered;
  }

  private Map<String, Object> routingFacts(CaseRecord registered) {
    var place = registered.place();
    Map<String, Object> facts = new HashMap<>();
    facts.put(CASE_NUMBER, registered.caseNumber());
    facts.put(CHANNEL, registered.channel());
    facts.put(TITLE, registered.title());
    // title and description apart: together they may pass the engine's 4,000 characters of a string variable
    facts.put(DESCRIPTION, registered.description());
    facts.put(REPORTED_CATEGORY, registered.reportedCategory());
    facts.put(SME, registered.isSme());
    facts.put(OVERSEAS_CHINESE, registered.overseasChinese());
    facts.put(REPORTER_HAS_EMAIL, registered.reporter().hasEmail());
    facts.put(REPORTER_HAS_PHONE, registered.reporter().hasPhone());
    facts.put(GRID_CODE, place.gridCode());
    facts.put(TOWN_CODE, place.townCode());
    facts.put(COUNTY_CODE, place.countyCode());
    facts.put(TOWN_CENTER_GROUP, DirectoryGroups.centerGroup(place.townCode()));
    facts.put(COUNTY_CENTER_GROUP, DirectoryGroups.centerGroup(place.countyCode()));
    facts.put(GRID_WORKER, directory.grid(place.gridCode()).map(Grid::workerUserId).orElse(null));
    return facts;
  }
}
