package io.gridcase.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseEvent;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.coorder.CoOrderDeadline;
import io.gridcase.coorder.CoOrderDeadlines;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.stereotype.Component;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A case's department orders under the engine clock, for the deadline tests of lead and co-orders
 * (ADR 24, 29): a department signs for, time passes and the due jobs run as the job executor would
 * run them, and what the journal says of a co-order's deadlines. An SME complaint is led by the
 * industry bureau and co-handled by the market regulator ({@link #CO}).
 */
@Component
public class Orders {

  public static final LocalDateTime MONDAY_MORNING = LocalDateTime.of(2026, 11, 16, 9, 0);
  public static final String CO = "MARKET";
  public static final String CO_GROUP = "dept-MARKET";
  public static final String CO_HANDLER = "huang.xiaoling";

  private final CaseDriver cases;
  private final CaseJournal journal;
  private final CoOrderDeadlines coDeadlines;

  public Orders(CaseDriver cases, CaseJournal journal, CoOrderDeadlines coDeadlines) {
    this.cases = cases;
    this.journal = journal;
    this.coDeadlines = coDeadlines;
  }

  /** A handler of the group signs for the group's order (签收). */
  public void signFor(String caseNumber, String group, String handler) {
    cases.complete(caseNumber, "UserTask_SignForOrder", group, handler, Map.of("orderDecision", "ACCEPT"));
  }

  /** The co-handler signs for its co-order. */
  public void coSignsFor(String caseNumber) {
    signFor(caseNumber, CO_GROUP, CO_HANDLER);
  }

  /** The co-handler reports its contribution, which ends its co-order. */
  public void coContributes(String caseNumber, String contribution) {
    cases.complete(caseNumber, "UserTask_ReportContribution", CO_GROUP, CO_HANDLER, Map.of("contribution", contribution));
  }

  /** Moves the engine clock on and runs every job of the case that is due by then. */
  public void later(String caseNumber, Duration by) {
    EngineClock.advance(by);
    cases.runAllDueJobs(caseNumber);
  }

  /** The case's one co-order, the market regulator's. */
  public CoOrderDeadline onlyCoOrder(String caseNumber) {
    List<CoOrderDeadline> co = coDeadlines.of(caseNumber);
    assertThat(co).extracting(CoOrderDeadline::department).containsExactly(CO);
    return co.get(0);
  }

  /** The journal's events of the action about co-orders (detail "协办…") that mention every word given. */
  public List<CaseEvent> coEvents(String caseNumber, CaseAction action, String... words) {
    return journal.events(caseNumber).stream()
        .filter(event -> event.action() == action && event.detail() != null && event.detail().contains("协办")
            && Arrays.stream(words).allMatch(event.detail()::contains))
        .toList();
  }

  /**
   * The set-up of a deadline test, as {@code @ExtendWith(Orders.Clocked.class)}: camunda-bpm-assert
   * works on the application's engine, and the engine clock is back to real time after each test.
   */
  public static final class Clocked implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
      BpmnAwareTests.init(SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class));
    }

    @Override
    public void afterEach(ExtensionContext context) {
      EngineClock.reset();
    }
  }
}
