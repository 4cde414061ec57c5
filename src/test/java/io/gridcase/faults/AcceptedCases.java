package io.gridcase.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.engine.CaseLifecycleProcess;
import io.gridcase.support.IntakeLoad.Outcome;
import io.gridcase.support.IntakeLoad;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * What a fault must not break, checked from outside: over HTTP what the clients were told, in the
 * database what is really there. "Accepted" means answered 201.
 */
final class AcceptedCases {

  private final IntakeLoad client;
  private final JdbcClient database;

  AcceptedCases(IntakeLoad client, String jdbcUrl) {
    this.client = client;
    this.database = JdbcClient.create(new DriverManagerDataSource(jdbcUrl, "postgres", "postgres"));
  }

  /** Every case answered 201 can be read, and its lifecycle is running (engine REST API as the admin). */
  void assertEveryAcceptedCaseRuns(List<Outcome> outcomes) throws Exception {
    for (Outcome accepted : outcomes.stream().filter(Outcome::created).toList()) {
      assertThat(client.get("/api/cases/" + accepted.caseNumber(), IntakeLoad.INTEGRATOR, IntakeLoad.PASSWORD).statusCode())
          .as("case %s of %s", accepted.caseNumber(), accepted.externalId())
          .isEqualTo(200);
      String count = client.get(
              "/engine-rest/process-instance/count?processDefinitionKey=" + CaseLifecycleProcess.ID + "&businessKey=" + accepted.caseNumber(),
              "demo", "demo")
          .body();
      assertThat(count).as("running lifecycle of %s", accepted.caseNumber()).isEqualTo("{\"count\":1}");
    }
  }

  /**
   * The clients send every report again with the same external id, as they do when an answer did
   * not come or said 503: each answers 200 or 201, an accepted one 200 with the case it made.
   */
  List<Outcome> retryAll(List<Outcome> outcomes) {
    Map<String, Outcome> firstTries = outcomes.stream().collect(Collectors.toMap(Outcome::externalId, Function.identity()));
    List<Outcome> retries = firstTries.keySet().stream().sorted().map(client::report).toList();
    for (Outcome retry : retries) {
      Outcome first = firstTries.get(retry.externalId());
      if (first.created()) {
        assertThat(retry.status()).as("retry of accepted %s", retry.externalId()).isEqualTo(200);
        assertThat(retry.caseNumber()).as("retry of accepted %s", retry.externalId()).isEqualTo(first.caseNumber());
      } else {
        assertThat(retry.status()).as("retry of %s (first: %s)", retry.externalId(), first).isIn(200, 201);
      }
    }
    return retries;
  }

  /** Exactly one case per external id sent, each with a running lifecycle, and no lifecycle without a case. */
  void assertOneRunningCasePerReport(List<Outcome> outcomes) {
    List<String> sent = outcomes.stream().map(Outcome::externalId).distinct().toList();
    List<String> stored = database.sql("select external_id from case_record where channel = 'HOTLINE_12345'")
        .query(String.class).list();
    assertThat(stored).as("one case per external id").containsExactlyInAnyOrderElementsOf(sent);

    String runningLifecycles = """
        select e.business_key_ from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_
        where e.id_ = e.proc_inst_id_ and d.key_ = :key""";
    assertThat(database.sql("select case_number from case_record where case_number not in (" + runningLifecycles + ")")
            .param("key", CaseLifecycleProcess.ID).query(String.class).list())
        .as("cases without a running lifecycle")
        .isEmpty();
    assertThat(database.sql("select business_key_ from (" + runningLifecycles + ") l"
                + " where business_key_ is null or business_key_ not in (select case_number from case_record)")
            .param("key", CaseLifecycleProcess.ID).query(String.class).list())
        .as("lifecycles without a case")
        .isEmpty();
    assertThat(database.sql("select business_key_, count(*) from (" + runningLifecycles + ") l group by business_key_ having count(*) > 1")
            .param("key", CaseLifecycleProcess.ID).query().listOfRows())
        .as("cases with two lifecycles")
        .isEmpty();
  }
}
