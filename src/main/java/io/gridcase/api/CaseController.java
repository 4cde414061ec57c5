package io.gridcase.api;

import io.gridcase.casefile.CaseClock;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseQuery;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.CaseStatus;
import io.gridcase.casefile.DepartmentOrders;
import io.gridcase.closing.CaseCancellation;
import io.gridcase.coorder.CoOrderDeadlines;
import io.gridcase.intake.CaseIntake;
import io.gridcase.intake.CaseReport;
import io.gridcase.intake.Channel;
import io.gridcase.intake.IntakeResult;
import io.gridcase.parties.DisputeParties;
import io.gridcase.sla.CaseDeadlines;
import io.gridcase.sla.CaseExtensions;
import io.gridcase.supervision.CaseUrgings;
import io.gridcase.security.CaseAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases for integrators: 12345, 110, petition, SME, IoT and other channel systems. Every call is
 * authenticated; {@link CaseAccess} decides which cases the caller may report, see and withdraw.
 */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "cases", description = "案件 Cases: report, follow, withdraw")
public class CaseController {

  private final CaseIntake intake;
  private final CaseCancellation cancellation;
  private final CaseRecords records;
  private final DepartmentOrders orders;
  private final CaseJournal journal;
  private final CaseDeadlines deadlines;
  private final CaseExtensions extensions;
  private final CaseUrgings urgings;
  private final CaseAccess access;
  private final CaseLabels labels;
  private final JournalText journalText;
  private final CaseClock clock;
  private final CoOrderDeadlines coOrders;
  private final DisputeParties parties;

  public CaseController(
      CaseIntake intake,
      CaseCancellation cancellation,
      CaseRecords records,
      DepartmentOrders orders,
      CaseJournal journal,
      CaseDeadlines deadlines,
      CaseExtensions extensions,
      CaseUrgings urgings,
      CaseAccess access,
      CaseLabels labels,
      JournalText journalText,
      CaseClock clock,
      CoOrderDeadlines coOrders,
      DisputeParties parties) {
    this.intake = intake;
    this.cancellation = cancellation;
    this.records = records;
    this.orders = orders;
    this.journal = journal;
    this.deadlines = deadlines;
    this.extensions = extensions;
    this.urgings = urgings;
    this.access = access;
    this.labels = labels;
    this.journalText = journalText;
    this.clock = clock;
    this.coOrders = coOrders;
    this.parties = parties;
  }

  @PostMapping
  @Operation(
      summary = "Report a case (受理)",
      description = "201 with the new case; 200 with the existing one when channel + externalId were seen before.")
  public ResponseEntity<CaseCreated> report(@Valid @RequestBody CaseReport report) {
    access.checkMayReport(report.channel());
    IntakeResult result = intake.report(report);
    var body = new CaseCreated(result.caseNumber(), "/api/cases/" + result.caseNumber(),
        result.possibleDuplicates().stream()
            .filter(found -> access.mayRead(records.get(found.caseNumber()), orders.of(found.caseNumber())))
            .toList(),
        result.attachedToOpenCase());
    if (!result.created()) {
      return ResponseEntity.ok().location(URI.create(body.href())).body(body);
    }
    return ResponseEntity.created(URI.create(body.href())).body(body);
  }

  @GetMapping("/{caseNumber}")
  @Operation(summary = "A case with its departments and the history of every step")
  public CaseDetails get(@PathVariable String caseNumber) {
    var found = records.get(caseNumber);
    var departmentOrders = orders.of(caseNumber);
    access.checkMayRead(found, departmentOrders);
    return CaseDetails.of(found, departmentOrders, deadlines.of(caseNumber), journal.events(caseNumber), access.showsContact(found),
        labels, journalText, clock.now(), coOrders.of(caseNumber), parties.of(found), access.maySeeContacts(found));
  }

  @GetMapping
  @Operation(summary = "Cases by status, department, town and channel, newest first")
  public CaseList list(
      @RequestParam(required = false) CaseStatus status,
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String town,
      @RequestParam(required = false) Channel channel,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
      @RequestParam(required = false) String grid) {
    var query =
        new CaseQuery(
            status == null ? null : status.name(),
            department,
            town,
            channel == null ? null : channel.name(),
            page,
            size,
            grid);
    return CaseList.of(records.search(access.scope(query)));
  }

  @PostMapping("/{caseNumber}/cancellation")
  @Operation(summary = "The reporter withdraws the case (撤销) before it is closed")
  public CaseDetails cancel(@PathVariable String caseNumber, @Valid @RequestBody CancellationRequest request) {
    access.checkMayWithdraw(records.get(caseNumber));
    cancellation.cancel(caseNumber, request.reason());
    return get(caseNumber);
  }

  @PostMapping("/{caseNumber}/extensions")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(
      summary = "The holder asks for more time on a stage (延期), before its deadline",
      description = "202: the town center decides in Tasklist; approval moves the deadline and its timers. 400 naming extendBy"
          + " (or stage) beyond decisions/extension-limit.dmn; 409 when the stage is met, its deadline has passed, a request"
          + " for it already waits for the decision, or it has had all its extensions.")
  public void requestExtension(
      @PathVariable String caseNumber, @Valid @RequestBody ExtensionRequest request) {
    access.checkMayAskForExtension(records.get(caseNumber));
    extensions.request(caseNumber, request.stage(), request.extendBy(), request.reason(), access.caller().id());
  }

  @PostMapping("/{caseNumber}/urgings")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "A supervisor urges the case (催办): whoever holds it is mailed")
  public void urge(@PathVariable String caseNumber, @Valid @RequestBody UrgingRequest request) {
    access.checkMayUrge();
    urgings.urge(caseNumber, access.caller().id(), request.message());
  }
}
