package io.gridcase.parties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcase.casefile.CaseClock;
import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseStage;
import io.gridcase.casefile.CaseStatus;
import io.gridcase.casefile.Reporter;
import io.gridcase.support.PostgresServer;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dispute_party table (V19, ADR 26) on a real PostgreSQL (the build's embedded server), in a
 * schema of its own: the migration, a respondent kept beside its case and read back with the
 * reporter as applicant, one party per role, only known roles, only parties of existing cases, and
 * a report whose transaction fails leaving no party behind.
 */
class DisputePartiesPostgresTest {

  private static final Instant NOW = Instant.parse("2026-11-20T01:30:00Z");

  private DisputeParties parties;
  private TransactionTemplate transaction;
  private JdbcClient jdbc;

  @BeforeEach
  void migrateASchemaOfItsOwn() {
    PGSimpleDataSource dataSource = PostgresServer.migratedSchema("party_test");
    jdbc = JdbcClient.create(dataSource);
    parties = new DisputeParties(jdbc, new CaseClock(() -> NOW));
    transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  private void insertCase(String caseNumber) {
    jdbc.sql("insert into case_record (case_number, channel, title, description, grid_code, town_code, county_code,"
            + " reporter_name, reporter_phone, anonymous, overseas_chinese, reported_at, status, stage, reopen_count)"
            + " values (?, 'GRID_REPORT', '邻里漏水纠纷', '楼上漏水', 'JM-PJ-HUANSHI-01-01', 'JM-PJ-HUANSHI', 'JM-PJ',"
            + " '王芳', '13800138000', false, false, ?, 'OPEN', 'INTAKE', 0)")
        .params(caseNumber, OffsetDateTime.parse("2026-11-20T09:30:00+08:00"))
        .update();
  }

  private static CaseRecord record(String caseNumber) {
    return new CaseRecord(caseNumber, "GRID_REPORT", null, "邻里漏水纠纷", "楼上漏水", null, null, null, null,
        new CaseRecord.Place("JM-PJ-HUANSHI-01-01", "JM-PJ-HUANSHI", "JM-PJ", null, null, null),
        new Reporter("王芳", "13800138000", null, false), null, false, null, OffsetDateTime.now(), CaseStatus.OPEN,
        CaseStage.INTAKE, null, null, null, null, 0, 0, null, null, null, false);
  }

  private static DisputeParty respondent(String name) {
    return new DisputeParty(PartyRole.RESPONDENT, name, "13912345678", "li.si@example.cn", "楼上 502 住户", false);
  }

  @Test
  void aRespondentIsKeptBesideItsCaseAndTheReporterIsTheApplicant() {
    transaction.executeWithoutResult(status -> {
      insertCase("GC1");
      parties.add("GC1", respondent("李四"));
    });

    Parties both = parties.of(record("GC1"));
    assertThat(both.respondent()).isEqualTo(respondent("李四"));
    assertThat(both.applicant()).isEqualTo(new DisputeParty(PartyRole.APPLICANT, "王芳", "13800138000", null, null, false));
    assertThat(both.all()).extracting(DisputeParty::role).containsExactly(PartyRole.APPLICANT, PartyRole.RESPONDENT);
    assertThat(jdbc.sql("select added_at from dispute_party where case_number = 'GC1'").query(OffsetDateTime.class)
        .single().toInstant()).isEqualTo(NOW);
    assertThat(parties.of(record("GC404")).respondent()).as("a case without respondent").isNull();
  }

  @Test
  void aCaseHasOnePartyPerRoleOfKnownRolesAndOnlyOfAnExistingCase() {
    insertCase("GC2");
    parties.add("GC2", respondent("李四"));

    assertThatThrownBy(() -> parties.add("GC2", respondent("张三"))).isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> jdbc.sql("insert into dispute_party (case_number, party_role, name, added_at)"
            + " values ('GC2', 'WITNESS', '赵六', current_timestamp)").update())
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> parties.add("GC404", respondent("李四"))).isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void aReportWhoseTransactionFailsLeavesNoParty() {
    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      insertCase("GC3");
      parties.add("GC3", respondent("李四"));
      throw new IllegalStateException("the lifecycle refused to start");
    })).hasMessageContaining("refused");

    assertThat(jdbc.sql("select count(*) from dispute_party").query(Long.class).single()).isZero();
  }
}
