package io.gridcase.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.casefile.CaseClock;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Reports;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A deadline round the transaction has just inserted is read back as written, without asking the
 * database again (issue 14), and what it remembered is exactly what the database holds.
 */
@GridcaseTest
class CaseDeadlinesTest {

  @Autowired CaseDriver cases;
  @Autowired CaseDeadlines deadlines;
  @Autowired CaseClock clock;
  @Autowired PlatformTransactionManager transactionManager;

  @Test
  void aNewRoundIsRememberedAsTheDatabaseHoldsIt() {
    String caseNumber = cases.report(Reports.sme("企业诉求：消防验收", "消防验收迟迟未安排 deadline memory"));
    OffsetDateTime start = clock.now().withOffsetSameInstant(ZoneOffset.ofHours(8));
    Schedule schedule = new Schedule(start.plus(Duration.ofHours(20)), start.plusDays(1), start.plusDays(2));

    CaseDeadline remembered = new TransactionTemplate(transactionManager).execute(status -> {
      deadlines.insert(caseNumber, Stage.PLAN, 7, start, schedule, true);
      return deadlines.current(caseNumber, Stage.PLAN).orElseThrow();
    });
    CaseDeadline stored = deadlines.current(caseNumber, Stage.PLAN).orElseThrow(); // outside a transaction: from the database

    assertThat(remembered.round()).isEqualTo(stored.round()).isEqualTo(7);
    assertThat(remembered.workingDays()).isEqualTo(stored.workingDays()).isTrue();
    assertThat(remembered.extensions()).isEqualTo(stored.extensions());
    assertThat(remembered.metAt()).isEqualTo(stored.metAt()).isNull();
    assertThat(remembered.onTime()).isEqualTo(stored.onTime()).isNull();
    assertThat(remembered.overdueAt()).isEqualTo(stored.overdueAt()).isNull();
    assertThat(remembered.escalatedAt()).isEqualTo(stored.escalatedAt()).isNull();
    assertThat(remembered.startedAt()).isAtSameInstantAs(stored.startedAt());
    assertThat(remembered.dueAt()).isAtSameInstantAs(stored.dueAt());
    assertThat(remembered.reminderAt()).isAtSameInstantAs(stored.reminderAt());
    assertThat(remembered.escalateAt()).isAtSameInstantAs(stored.escalateAt());
  }
}
