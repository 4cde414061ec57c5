package io.gridcase.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gridcase.support.AppNode;
import io.gridcase.support.Inbox;
import io.gridcase.support.PostgresServer;
import io.gridcase.support.TestSmtp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Gridcase nodes on one PostgreSQL database, as an orchestrator runs them: both start at the
 * same time on the empty database, both run a job executor and a mail dispatcher. A designer
 * shortens the SME "117" reply limit to 30 seconds, 40 SME cases come in through both nodes, and
 * their deadlines come due together by the real clock. Every reminder, every missed deadline and
 * every escalation must happen once in the cluster: one journal entry, one supervision, one mail.
 */
class TwoNodesIT {

  static final int CASES = 40;
  static final String STAGE = "ACCEPT";
  static final String SUPERVISORS_MAILBOX = "ou.weixiong@gridcase.local";
  static final String COUNTY_CENTER_MAILBOX = "kuang.zhiyuan@gridcase.local";
  static final String LEAD_DEPARTMENT_MAILBOX = "industry@gridcase.local";
  static final List<String> DEADLINE_TIMERS = List.of("StartEvent_ReminderDue", "StartEvent_DeadlineDue", "StartEvent_ThreeTimesOver");

  static final Inbox inbox = new Inbox();
  static final List<AppNode> nodes = Collections.synchronizedList(new ArrayList<>());
  static ClusterRecords records;

  @BeforeAll
  static void startTwoNodesTogetherOnTheEmptyDatabase() {
    inbox.start();
    String database = PostgresServer.newDatabase("two_nodes");
    records = new ClusterRecords(PostgresServer.get().getDatabase("postgres", "two_nodes"));
    CompletableFuture.allOf(
        CompletableFuture.runAsync(() -> nodes.add(start(database, "node-a"))),
        CompletableFuture.runAsync(() -> nodes.add(start(database, "node-b")))).join();
  }

  private static AppNode start(String database, String name) {
    try {
      return AppNode.on(database, "postgres", "postgres")
          .mailTo(TestSmtp.PORT)
          // the engine's host name goes into ACT_HI_JOB_LOG: which node ran which job
          .property("camunda.bpm.generic-properties.properties.hostname", name)
          .start(name);
    } catch (Exception e) {
      throw new IllegalStateException(name + " did not start", e);
    }
  }

  @AfterAll
  static void stop() throws InterruptedException {
    for (AppNode node : nodes) {
      node.close();
    }
    inbox.stop();
  }

  @Test
  void nodesStartedTogetherSetUpTheDatabaseOnce() throws Exception {
    assertThat(records.deployments("SpringAutoDeployment")).as("the models deployed once").isOne();
    assertThat(records.filtersByName()).as("shared Tasklist filters").hasSize(4).allSatisfy((name, n) -> assertThat(n).isOne());
    long waited = nodes.stream().filter(node -> logSays(node, "Another node is starting")).count();
    System.out.printf("nodes that waited for the other's start-up: %d%n", waited);
  }

  /** Whether the node's last start logged this (its log file keeps earlier runs). */
  private static boolean logSays(AppNode node, String text) {
    try {
      String log = Files.readString(node.log());
      return log.substring(Math.max(0, log.lastIndexOf("Starting GridcaseApplication"))).contains(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void deadlinesThatComeDueTogetherFireOnceInTheCluster() throws Exception {
    DesignerDeployment.ofTheModels()
        .withSmeReplyLimit("PT30S", 0.5, 2)
        .deploy(nodes.get(0).uri("/engine-rest/"), new NodeHttp("zeng.zihao", "gridcase"), "SME 117: reply within 30 s");

    List<String> cases = reportSmeCasesThroughBothNodes();

    // reminder after 15 s, deadline after 30 s, escalation after 60 s, by the real clock
    await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).until(() ->
        records.journalled("ESCALATED", STAGE, cases).size() == CASES && records.unsentMails(cases) == 0);
    Thread.sleep(12_000); // one more outbox poll of every node: a second copy would show now

    assertOnce(records.journalled("REMINDER_SENT", STAGE, cases), cases, "reminder journalled");
    assertOnce(records.journalled("DEADLINE_MISSED", STAGE, cases), cases, "overdue marked");
    assertOnce(records.journalled("ESCALATED", STAGE, cases), cases, "escalation journalled");
    assertOnce(records.supervisions(STAGE, "supervisors", cases), cases, "supervision by the supervisors");
    assertOnce(records.supervisions(STAGE, "center-JM-PJ", cases), cases, "supervision by the county center");
    assertOnce(mailsPerCase(LEAD_DEPARTMENT_MAILBOX, "Deadline near", cases), cases, "reminder mail");
    assertOnce(mailsPerCase(SUPERVISORS_MAILBOX, "Deadline missed", cases), cases, "missed-deadline mail");
    assertOnce(mailsPerCase(COUNTY_CENTER_MAILBOX, "Escalated", cases), cases, "escalation mail");

    Map<String, Long> byHost = records.jobsDoneByHost(DEADLINE_TIMERS);
    System.out.printf("deadline timers run per node: %s; failed attempts (retried): %d%n",
        byHost, records.jobsFailed(DEADLINE_TIMERS));
    assertThat(byHost.values().stream().mapToLong(Long::longValue).sum()).as("every timer ran once").isEqualTo(3L * CASES);
    // how the work splits is up to the job executors' acquisition race: on a loaded machine one
    // node may take every job, which is correct; the split is printed above, not asserted

    Lateness reminders = Lateness.of(records.reminderLateness(STAGE, cases));
    Lateness breaches = Lateness.of(records.lateness(STAGE, "due_at", "overdue_at", cases));
    Lateness escalations = Lateness.of(records.lateness(STAGE, "escalate_at", "escalated_at", cases));
    Lateness missedMails = Lateness.of(records.mailLateness("DEADLINE_MISSED", STAGE, cases));
    System.out.printf("lateness after the due date, %d cases on two nodes:%n  reminder %s%n  overdue marked %s%n"
        + "  escalated %s%n  missed-deadline mail sent %s%n", CASES, reminders, breaches, escalations, missedMails);
    // the goal is 5 s; on a shared 2-core machine running two nodes only a generous bound is robust
    assertThat(breaches.max()).as("overdue marked within a minute of the deadline").isLessThan(60);
    assertThat(escalations.max()).as("escalated within a minute").isLessThan(60);
  }

  /** 40 SME complaints, every other one through each node, eight at a time. */
  private List<String> reportSmeCasesThroughBothNodes() throws Exception {
    NodeHttp platform = new NodeHttp("integrator-sme", "gridcase");
    ExecutorService senders = Executors.newFixedThreadPool(8);
    try {
      List<CompletableFuture<String>> reported = new ArrayList<>();
      for (int i = 0; i < CASES; i++) {
        AppNode node = nodes.get(i % nodes.size());
        String body = smeReport("sme-two-nodes-" + i);
        reported.add(CompletableFuture.supplyAsync(() -> {
          try {
            return platform.postJson(node.uri("/api/cases"), body).get("caseNumber").asText();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }, senders));
      }
      return reported.stream().map(CompletableFuture::join).toList();
    } finally {
      senders.shutdown();
    }
  }

  private static String smeReport(String externalId) {
    return """
        {"channel": "SME_PLATFORM", "externalId": "%s", "title": "企业诉求：审批拖延",
         "description": "企业反映环评审批拖延两个月",
         "location": {"gridCode": "JM-PJ-HUANSHI-01-01", "address": "蓬江区丰乐路 88 号"},
         "reporter": {"name": "陈老板", "phone": "13700137000", "email": "boss@example.cn", "anonymous": false},
         "enterprise": {"name": "江门市某五金制品有限公司", "creditCode": "91440703MA4UJ5XX1K"}}
        """.formatted(externalId);
  }

  private static Map<String, Long> mailsPerCase(String mailbox, String subjectContains, List<String> cases) {
    return inbox.to(mailbox, subjectContains).stream()
        .map(Inbox::subject)
        .flatMap(subject -> cases.stream().filter(subject::contains))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private static void assertOnce(Map<String, Long> perCase, List<String> cases, String what) {
    assertThat(perCase).as(what + " per case").containsOnlyKeys(cases).allSatisfy((c, n) -> assertThat(n).as(what + " for " + c).isOne());
  }
}
