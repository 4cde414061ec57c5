package io.gridcase.intake;


import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseClock;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseNumbers;
import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.CaseStage;
import io.gridcase.casefile.CaseStatus;
import io.gridcase.casefile.Enterprise;
import io.gridcase.casefile.Reporter;
import io.gridcase.directory.Directory;
import io.gridcase.duplicates.DuplicateFinder;
import io.gridcase.duplicates.SensorCases;
import io.gridcase.directory.Grid;
import io.gridcase.parties.DisputeParties;
import io.gridcase.parties.DisputeParty;
import io.gridcase.parties.PartyRole;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a report into a case (受理): checks it against the directory, gives it a number, keeps
 * the record and starts its lifecycle, all in one transaction. A report repeated with the same
 * channel and external id gives back the case it made the first time.
 */
@Service
public class CaseIntake {

  private final CaseRecords records;
  private final CaseJournal journal;
  private final CaseNumbers numbers;
  private final CaseClock clock;
  private final GridLocator locator;
  private final Directory directory;
  private final Validator validator;
  private final CaseLifecycles lifecycles;
  private final TransactionTemplate transaction;
  private final DuplicateFinder duplicates;
  private final SensorCases sensors;
  private final DisputeParties parties;

  public CaseIntake(
      CaseRecords records,
      CaseJournal journal,
      CaseNumbers numbers,
      CaseClock clock,
      GridLocator locator,
      Directory directory,
      Validator validator,
      CaseLifecycles lifecycles,
      TransactionTemplate transaction,
      DuplicateFinder duplicates,
      SensorCases sensors,
      DisputeParties parties) {
    this.records = records;
    this.journal = journal;
    this.numbers = numbers;
    this.clock = clock;
    this.locator = locator;
    this.directory = directory;
    this.validator = validator;
    this.lifecycles = lifecycles;
    this.transaction = transaction;
    this.duplicates = duplicates;
    this.sensors = sensors;
    this.parties = parties;
  }

  /** Reports a case through an integration channel and starts its lifecycle. */
  public IntakeResult report(CaseReport report) {
    Grid grid = check(report);
    Optional<IntakeResult> known = existing(report);
    if (known.isPresent()) {
      return known.get();
    }
    Optional<IntakeResult> attached = attachToSensorCase(report);
    if (attached.isPresent()) {
      return attached.get();
    }
    try {
      return transaction.execute(
          status -> {
            CaseRecord registered = register(report, grid);
            if (report.sensorId() != null) {
              sensors.claim(report.channel().name(), report.sensorId(), registered.caseNumber());
            }
            lifecycles.start(registered.caseNumber());
            // the lifecycle ran to its first wait: compare by the category triage gave the case, if any
            return new IntakeResult(registered.caseNumber(), true, duplicates.of(records.get(registered.caseNumber())), false);
          });
    } catch (DuplicateKeyException raced) {
      // the same external id, or an alert of the same sensor, committed by a concurrent request
      // while this one waited on the index
      return existing(report).or(() -> attachToSensorCase(report)).orElseThrow(() -> raced);
    }
  }

  /** An alert of a sensor whose case is still open is added to that case (ADR 19). */
  private Optional<IntakeResult> attachToSensorCase(CaseReport report) {
    if (report.sensorId() == null) {
      return Optional.empty();
    }
    return transaction.execute(status -> sensors.openCase(report.channel().name(), report.sensorId())
        .map(caseNumber -> {
          sensors.attach(caseNumber, report.sensorId(), report.title().strip());
          return new IntakeResult(caseNumber, false, List.of(), true);
        }));
  }

  /** Registers a case whose lifecycle is already running: one started from the Tasklist form. */
  public CaseRecord registerStarted(CaseReport report) {
    var violations = validator.validate(report);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return register(report, check(report));
  }

  private Grid check(CaseReport report) {
    if (report.category() != null && !directory.isCategory(report.category())) {
      throw new UnknownReferenceException(
          "category", report.category(), "未知类别 unknown category: " + report.category());
    }
    return locator.locate(report.location());
  }

  private Optional<IntakeResult> existing(CaseReport report) {
    if (report.externalId() == null) {
      return Optional.empty();
    }
    return records
        .findByExternalId(report.channel().name(), report.externalId())
        .map(found -> new IntakeResult(found.caseNumber(), false));
  }

  private CaseRecord register(CaseReport report, Grid grid) {
    CaseRecord registered = newRecord(numbers.next(), report, grid);
    records.insert(registered);
    journal.record(
        registered.caseNumber(),
        CaseJournal.SYSTEM,
        CaseAction.REPORTED,
        report.channel().label() + " " + report.channel().name());
    addRespondent(registered.caseNumber(), report.respondent());
    return registered;
  }

  /** The respondent a report names is a party of the case (ADR 26), kept in the intake's transaction. */
  private void addRespondent(String caseNumber, CaseReport.RespondentContact respondent) {
    if (respondent != null) {
      parties.add(caseNumber, new DisputeParty(PartyRole.RESPONDENT, respondent.name().strip(), respondent.phone(),
          respondent.email(), respondent.description(), false));
    }
  }

  private CaseRecord newRecord(String caseNumber, CaseReport report, Grid grid) {
    var location = report.location();
    var contact = report.reporter();
    var enterprise = report.enterprise();
    return new CaseRecord(
        caseNumber,
        report.channel().name(),
        report.externalId(),
        report.title().strip(),
        report.description().strip(),
        report.category(),
        null,
        null,
        null,
        new CaseRecord.Place(
            grid.code(), grid.townCode(), grid.countyCode(), location.address(), location.lat(), location.lng()),
        contact == null
            ? new Reporter(null, null, null, true)
            : new Reporter(contact.name(), contact.phone(), contact.email(), contact.anonymous()),
        enterprise == null ? null : new Enterprise(enterprise.name(), enterprise.creditCode()),
        report.isOverseasChinese(),
        report.occurredAt(),
        clock.now(),
        CaseStatus.OPEN,
        CaseStage.INTAKE,
        null,
        null,
        null,
        null,
        0,
        0,
        null,
        null,
        null,
        false);
  }
}
