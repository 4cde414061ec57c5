package io.gridcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.CaseStatus;
import io.gridcase.engine.PetitionProcess;
import io.gridcase.petitions.Petition;
import io.gridcase.petitions.PetitionProcedureTest;
import io.gridcase.petitions.Petitions;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.Reports;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The petition table (V17) on a real PostgreSQL (the build's embedded server):
 * a petition accepted, given its opinion and read back; the outcome class check holds (ADR 23).
 */
class PostgresPetitionsTest extends PostgresApp {

  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;
  @Autowired CaseDriver cases;
  @Autowired CaseRecords records;
  @Autowired Petitions petitions;

  @Test
  void aPetitionIsAcceptedAndClassedOnPostgres() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
    String caseNumber = cases.report(PetitionProcedureTest.petition("征地补偿", "补偿款未发放", Reports.REPORTER_EMAIL));
    cases.complete(caseNumber, PetitionProcess.DECIDE_ACCEPTANCE, PetitionProcess.PETITION_OFFICE, "mo.xiaofang",
        Map.of("acceptanceDecision", "ACCEPT"));

    petitions.issueOpinion(caseNumber, "REASONABLE", "补偿款已责成发放", "P30D", "mo.xiaofang");

    Petition read = petitions.get(caseNumber);
    assertThat(read.accepted()).isTrue();
    assertThat(read.acceptanceDueAt()).isEqualTo(read.receivedAt().plusDays(15));
    assertThat(read.acceptanceNotice()).contains("予以受理");
    assertThat(read.outcomeClass()).isEqualTo("REASONABLE");
    assertThat(read.reviewRequestDueAt()).isEqualTo(read.opinionAt().plusDays(30));
    assertThat(read.handlingDueAt()).as("V21").isEqualTo(read.decidedAt().plusDays(60));
    jdbc.sql("update petition set opinion_final_at = ? where case_number = ?").params(read.opinionAt(), caseNumber).update();
    assertThat(petitions.get(caseNumber).opinionFinalAt()).isEqualTo(read.opinionAt());
    assertThat(records.get(caseNumber).status()).isEqualTo(CaseStatus.OPEN);
    assertThatThrownBy(() -> jdbc.sql("update petition set outcome_class = 'SATISFIED' where case_number = ?")
        .param(caseNumber).update()).isInstanceOf(DataIntegrityViolationException.class);
  }
}
