package io.gridcase.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.support.CaseDriver;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Reports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The per-transaction memory of the case rows (ADR 30): one read per transaction, again after a
 * change through the repositories, never across transactions, never outside one, and not through a
 * transaction that ran inside it.
 */
@GridcaseTest
class CaseRowsTest {

  @Autowired CaseDriver cases;
  @Autowired CaseRecords records;
  @Autowired DepartmentOrders orders;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactionManager;

  TransactionTemplate transaction;
  TransactionTemplate ownTransaction;
  String caseNumber;

  @BeforeEach
  void aCase() {
    transaction = new TransactionTemplate(transactionManager);
    ownTransaction = new TransactionTemplate(transactionManager);
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    caseNumber = cases.report(Reports.sme("企业诉求：消防验收", "消防验收迟迟未安排 row memory"));
  }

  @Test
  void aTransactionReadsTheCaseOnceAndAgainAfterItsOwnChange() {
    transaction.executeWithoutResult(status -> {
      CaseRecord first = records.get(caseNumber);
      assertThat(records.get(caseNumber)).as("the same read").isSameAs(first);
      records.enterStage(caseNumber, CaseStage.REVISIT);
      assertThat(records.get(caseNumber).stage()).isEqualTo(CaseStage.REVISIT);
      status.setRollbackOnly();
    });
    assertThat(records.get(caseNumber).stage()).as("rolled back").isNotEqualTo(CaseStage.REVISIT);
  }

  @Test
  void plainSqlCommittedBetweenTransactionsIsSeenOutsideAndInTheNextOne() {
    CaseRecord before = transaction.execute(status -> records.get(caseNumber));
    assertThat(before.flagged()).isFalse();
    jdbc.sql("update case_record set flagged = true where case_number = ?").param(caseNumber).update();
    events.publishEvent(new CaseChanged(caseNumber));

    assertThat(records.get(caseNumber).flagged()).as("outside a transaction").isTrue();
    assertThat(records.get(caseNumber)).as("read each time outside a transaction").isNotSameAs(records.get(caseNumber));
    assertThat(transaction.execute(status -> records.get(caseNumber)).flagged()).as("in the next transaction").isTrue();
  }

  @Test
  void aTransactionInsideHasItsOwnMemoryAndTheOuterOneSeesWhatItCommitted() {
    transaction.executeWithoutResult(status -> {
      CaseRecord outer = records.get(caseNumber);
      CaseRecord inner = ownTransaction.execute(own -> {
        records.recordSatisfaction(caseNumber, "SATISFIED");
        events.publishEvent(new CaseChanged(caseNumber));
        return records.get(caseNumber);
      });
      assertThat(inner).isNotSameAs(outer);
      assertThat(outer.satisfaction()).isNull();
      assertThat(records.get(caseNumber).satisfaction()).as("the outer transaction, resumed").isEqualTo("SATISFIED");
    });
  }

  @Test
  void aRejectionChangesTheCasesRejectionCountAndTheOrderRow() {
    DepartmentOrder order = orders.of(caseNumber).get(0);
    transaction.executeWithoutResult(status -> {
      int rejections = records.get(caseNumber).rejectionCount();
      String instance = jdbc.sql("select process_instance_id from case_department where case_number = ? and department = ?")
          .params(caseNumber, order.department()).query(String.class).single();
      assertThat(orders.ofInstance(caseNumber, instance)).get().extracting(DepartmentOrder::status)
          .isEqualTo(DepartmentOrder.Status.DISPATCHED);
      orders.reject(caseNumber, order.department(), order.role(), instance);
      assertThat(records.get(caseNumber).rejectionCount()).isEqualTo(rejections + 1);
      assertThat(orders.ofInstance(caseNumber, instance)).get().extracting(DepartmentOrder::status)
          .isEqualTo(DepartmentOrder.Status.REJECTED);
      status.setRollbackOnly();
    });
  }
}
