package io.gridcase.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gridcase.support.AppNode;
import io.gridcase.support.IntakeLoad;
import io.gridcase.support.IntakeLoad.Outcome;
import io.gridcase.support.PostgresServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} in the middle of intake under load, then a restart on the same database: a case
 * the client was told about (201) is there and running, and the clients' retries with the same
 * {@code externalId} make no second case (ADR 0011).
 */
class KillDuringIntakeIT {

  static final int CLIENTS = 8;
  static final int ACCEPTED_BEFORE_KILL = 60;

  AppNode node;

  @AfterEach
  void stop() throws Exception {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void whatWasAcceptedSurvivesAndRetriesMakeNoDuplicates() throws Exception {
    String database = PostgresServer.newDatabase("kill_during_intake");
    node = AppNode.on(database, "postgres", "postgres").start("kill-during-intake");
    var load = new IntakeLoad(node, Duration.ofSeconds(20));

    load.start(CLIENTS, "kill");
    await().atMost(Duration.ofSeconds(90)).until(() -> load.createdCount() >= ACCEPTED_BEFORE_KILL);
    int inFlightAtKill = load.inFlight();
    node.kill();
    List<Outcome> outcomes = load.stop();

    long accepted = outcomes.stream().filter(Outcome::created).count();
    long unanswered = outcomes.stream().filter(outcome -> !outcome.answered()).count();
    System.out.printf("killed with %d requests in flight; %d sent, %d accepted, %d without an answer%n",
        inFlightAtKill, outcomes.size(), accepted, unanswered);
    assertThat(outcomes).as("before the kill every report was accepted").allMatch(o -> o.created() || !o.answered());
    assertThat(unanswered).as("requests cut by the kill").isPositive();

    node.restart();
    var cases = new AcceptedCases(load, database);
    cases.assertEveryAcceptedCaseRuns(outcomes);
    List<Outcome> retries = cases.retryAll(outcomes);
    System.out.printf("retries: %d answered 200 (existed), %d answered 201 (made now)%n",
        retries.stream().filter(r -> r.status() == 200).count(), retries.stream().filter(Outcome::created).count());
    cases.assertOneRunningCasePerReport(outcomes);
  }
}
