package io.gridcase.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.casefile.CaseChanged;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Reports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The figures follow a change even when it is announced while its transaction already commits. */
@GridcaseTest
class KpiChangeTrackerTest {

  @Autowired CaseDriver cases;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactionManager;

  @Test
  void aChangeAnnouncedWhileCommittingIsRefreshedRightAfter() {
    String caseNumber = cases.report(Reports.sme("企业诉求：消防验收", "消防验收迟迟未安排 late change"));
    assertThat(flaggedFigure(caseNumber)).isFalse();

    new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
      jdbc.sql("update case_record set flagged = true where case_number = ?").param(caseNumber).update();
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void beforeCommit(boolean readOnly) {
          events.publishEvent(new CaseChanged(caseNumber)); // the transaction's first change announced
        }
      });
    });

    assertThat(flaggedFigure(caseNumber)).isTrue();
  }

  private boolean flaggedFigure(String caseNumber) {
    return jdbc.sql("select flagged from kpi_case where case_number = ?").param(caseNumber).query(Boolean.class).single();
  }
}
