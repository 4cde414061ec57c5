package io.gridcase.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.EngineClock;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Reports;
import io.gridcase.support.TestSmtp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A co-handler's sign-for and contribution count in its own department's response and on-time
 * rates, against its own deadlines (ADR 24), never in the lead's nor twice in the city's. Two SME
 * cases reported on Tuesday 14 July 2026: the industry bureau leads both on time; the market
 * regulator signs for both in time, contributes to one on the next day and to the other after its
 * five days have passed.
 */
@GridcaseTest
class CoHandlerFiguresTest {

  static final LocalDateTime TUESDAY = LocalDateTime.of(2026, 7, 14, 9, 0);
  static final LocalDate DAY = TUESDAY.toLocalDate();
  static final String INDUSTRY = "dept-INDUSTRY";
  static final String LEAD_HANDLER = "zhen.zhuowen";
  static final String MARKET = "dept-MARKET";
  static final String CO_HANDLER = "huang.xiaoling";

  @RegisterExtension
  static GreenMailExtension mail = TestSmtp.server();

  @Autowired CaseDriver cases;
  @Autowired Kpis kpis;
  @Autowired KpiReadModel readModel;
  @Autowired TransactionTemplate transactions;

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  void aLateContributionCountsAgainstTheCoHandlerAndNotAgainstTheLead() {
    EngineClock.setTo(TUESDAY);
    String late = cases.report(Reports.sme("企业诉求：质检延误", "产品质检报告延误"));
    String inTime = cases.report(Reports.sme("企业诉求：商标登记", "商标登记材料退回"));
    EngineClock.advance(Duration.ofMinutes(10));
    for (String caseNumber : new String[] {late, inTime}) {
      cases.complete(caseNumber, "UserTask_SignForOrder", MARKET, CO_HANDLER, Map.of("orderDecision", "ACCEPT"));
      cases.complete(caseNumber, "UserTask_SignForOrder", INDUSTRY, LEAD_HANDLER, Map.of("orderDecision", "ACCEPT"));
      cases.complete(caseNumber, "UserTask_ProposePlan", INDUSTRY, LEAD_HANDLER, Map.of("plan", "现场核实"));
      cases.complete(caseNumber, "UserTask_ReportResult", INDUSTRY, LEAD_HANDLER,
          Map.of("outcome", "RESOLVED", "resultSummary", "已协调解决"));
    }
    EngineClock.advance(Duration.ofDays(1));
    cases.complete(inTime, "UserTask_ReportContribution", MARKET, CO_HANDLER, Map.of("contribution", "已配合核查"));
    EngineClock.advance(Duration.ofDays(4));
    cases.runAllDueJobs(late); // the market regulator's five days pass
    assertThat(department("MARKET").counts()).as("a missed contribution counts before it is made")
        .containsEntry("doneDue", 2L).containsEntry("doneOnTime", 1L);
    EngineClock.advance(Duration.ofDays(1));
    cases.complete(late, "UserTask_ReportContribution", MARKET, CO_HANDLER, Map.of("contribution", "迟到的协办意见"));

    KpiReport.Group market = department("MARKET");
    assertThat(market.counts()).containsEntry("cases", 0L).containsEntry("dispatched", 2L)
        .containsEntry("acceptDue", 2L).containsEntry("acceptOnTime", 2L)
        .containsEntry("doneDue", 2L).containsEntry("doneOnTime", 1L);
    assertThat(market.figures().get("responseRate").value()).isEqualTo(1.0);
    assertThat(market.figures().get("doneOnTimeRate").value()).isEqualTo(0.5);

    KpiReport.Group industry = department("INDUSTRY");
    assertThat(industry.counts()).containsEntry("cases", 2L).containsEntry("doneDue", 2L).containsEntry("doneOnTime", 2L);
    assertThat(industry.figures().get("doneOnTimeRate").value()).isEqualTo(1.0);

    KpiReport.Group city = kpis.report(DAY, DAY, Kpis.GroupBy.NONE).total();
    assertThat(city.counts()).as("the city counts each case's stages once, the lead's")
        .containsEntry("acceptDue", 2L).containsEntry("doneDue", 2L).containsEntry("doneOnTime", 2L);

    var before = kpis.report(DAY, DAY, Kpis.GroupBy.DEPARTMENT).groups();
    transactions.executeWithoutResult(status -> readModel.rebuild());
    assertThat(kpis.report(DAY, DAY, Kpis.GroupBy.DEPARTMENT).groups()).as("a rebuild counts the same")
        .isEqualTo(before);
  }

  private KpiReport.Group department(String code) {
    return kpis.report(DAY, DAY, Kpis.GroupBy.DEPARTMENT).groups().stream()
        .filter(group -> group.key().equals(code)).findFirst().orElseThrow();
  }
}
