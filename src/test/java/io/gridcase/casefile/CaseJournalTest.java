package io.gridcase.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.support.CaseDriver;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Reports;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The journal writes a transaction's steps together just before it commits (issue 14): in the order
 * recorded, with the transaction or not at all, and never loses a step recorded late.
 */
@GridcaseTest
class CaseJournalTest {

  @Autowired CaseDriver cases;
  @Autowired CaseJournal journal;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  TransactionTemplate transaction;
  String caseNumber;

  @BeforeEach
  void aCase() {
    transaction = new TransactionTemplate(transactionManager);
    caseNumber = cases.report(Reports.sme("企业诉求：消防验收", "消防验收迟迟未安排 journal batch"));
  }

  @Test
  void aTransactionsStepsAreWrittenTogetherAtCommitInTheOrderRecorded() {
    int before = rows();
    transaction.executeWithoutResult(status -> {
      journal.record(caseNumber, "张三", CaseAction.REMINDER_SENT, "first");
      journal.record(caseNumber, "张三", CaseAction.REMINDER_SENT, "second");
      assertThat(rows()).as("not written yet, in this very transaction").isEqualTo(before);
      assertThat(details()).as("reading the journal writes them first").endsWith("first", "second");
      journal.record(caseNumber, "张三", CaseAction.REMINDER_SENT, "third");
      assertThat(rows()).isEqualTo(before + 2);
    });
    assertThat(rows()).isEqualTo(before + 3);
    assertThat(details()).endsWith("first", "second", "third");
  }

  @Test
  void readingTheJournalInATransactionThatRecordedNothingLeavesItAlone() {
    transaction.executeWithoutResult(status -> {
      int synchronizations = TransactionSynchronizationManager.getSynchronizations().size();
      assertThat(journal.events(caseNumber)).isNotEmpty();
      assertThat(TransactionSynchronizationManager.getSynchronizations()).as("no queue made for a read")
          .hasSize(synchronizations);
      journal.record(caseNumber, "张三", CaseAction.REMINDER_SENT, "after the read");
      assertThat(TransactionSynchronizationManager.getSynchronizations().size()).as("a step makes the queue")
          .isGreaterThan(synchronizations);
    });
    assertThat(details()).endsWith("after the read");
  }

  @Test
  void aRolledBackTransactionLeavesNoStep() {
    int before = rows();
    transaction.executeWithoutResult(status -> {
      journal.record(caseNumber, "张三", CaseAction.REMINDER_SENT, "never");
      status.setRollbackOnly();
    });
    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void aStepRecordedWhileTheTransactionCommitsIsWrittenAtOnce() {
    transaction.executeWithoutResult(status -> {
      journal.record(caseNumber, "张三", CaseAction.REMINDER_SENT, "during");
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void beforeCommit(boolean readOnly) {
          journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.REMINDER_SENT, "while committing");
        }
      });
    });
    assertThat(details()).endsWith("during", "while committing");
  }

  @Test
  void aTransactionsFirstStepRecordedWhileItCommitsIsWrittenRightAfter() {
    int before = rows();
    transaction.executeWithoutResult(status ->
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
          @Override
          public void beforeCommit(boolean readOnly) {
            journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.REMINDER_SENT, "first while committing");
          }
        }));
    assertThat(rows()).isEqualTo(before + 1);
    assertThat(details()).endsWith("first while committing");
  }

  @Test
  void recordNowWritesAtOnceAfterTheStepsBeforeItAndGivesItsId() {
    transaction.executeWithoutResult(status -> {
      journal.record(caseNumber, "张三", CaseAction.REMINDER_SENT, "queued");
      long id = journal.recordNow(caseNumber, "督办员", CaseAction.URGED, "urgent");
      assertThat(jdbc.sql("select max(id) from case_event where case_number = ?").param(caseNumber)
          .query(Long.class).single()).isEqualTo(id);
    });
    assertThat(details()).endsWith("queued", "urgent");
  }

  @Test
  void outsideATransactionAStepIsWrittenAtOnce() {
    int before = rows();
    journal.record(caseNumber, "张三", CaseAction.REMINDER_SENT, "alone");
    assertThat(rows()).isEqualTo(before + 1);
  }

  private int rows() {
    return jdbc.sql("select count(*) from case_event where case_number = ?").param(caseNumber).query(Integer.class).single();
  }

  private List<String> details() {
    return journal.events(caseNumber).stream().map(CaseEvent::detail).toList();
  }
}
