package io.gridcase.faults;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the nodes of a cluster wrote into their shared database, read by the test with plain SQL:
 * the case journal, the deadlines, Camunda's history and the mail outbox.
 */
final class ClusterRecords {

  private final JdbcClient jdbc;

  ClusterRecords(DataSource database) {
    this.jdbc = JdbcClient.create(database);
  }

  /** How often each case's journal records the action for the stage ({@code REMINDER_SENT}, ...). */
  Map<String, Long> journalled(String action, String stage, Collection<String> caseNumbers) {
    return counts("select case_number, count(*) from case_event where action = ? and detail like ?"
        + " and case_number = any (?) group by case_number", action, stage + " %", caseNumbers.toArray(String[]::new));
  }

  /** Per case: how many {@code supervise-case} instances were started for the stage and this group. */
  Map<String, Long> supervisions(String stage, String group, Collection<String> caseNumbers) {
    return counts("""
        select p.business_key_, count(*) from act_hi_procinst p
          join act_hi_varinst s on s.proc_inst_id_ = p.id_ and s.name_ = 'stage' and s.text_ = ?
          join act_hi_varinst g on g.proc_inst_id_ = p.id_ and g.name_ = 'supervisionGroup' and g.text_ = ?
         where p.proc_def_key_ = 'supervise-case' and p.business_key_ = any (?)
         group by p.business_key_""", stage, group, caseNumbers.toArray(String[]::new));
  }

  /** Per case: seconds from the stage's date to when it was acted on ({@code due_at} to {@code overdue_at}, ...). */
  List<Double> lateness(String stage, String dueColumn, String doneColumn, Collection<String> caseNumbers) {
    return jdbc.sql("select extract(epoch from " + doneColumn + " - " + dueColumn + ") from case_deadline"
            + " where stage = ? and case_number = any (?) and " + doneColumn + " is not null")
        .params(stage, caseNumbers.toArray(String[]::new)).query(Double.class).list();
  }

  /** Seconds from each reminder date to the reminder's journal entry. */
  List<Double> reminderLateness(String stage, Collection<String> caseNumbers) {
    return jdbc.sql("""
        select extract(epoch from e.occurred_at - d.reminder_at) from case_event e
          join case_deadline d on d.case_number = e.case_number and d.stage = ?
         where e.action = 'REMINDER_SENT' and e.detail like ? and e.case_number = any (?)""")
        .params(stage, stage + " %", caseNumbers.toArray(String[]::new)).query(Double.class).list();
  }

  /** Seconds from the stage's deadline to the mail of this kind leaving the outbox. */
  List<Double> mailLateness(String kind, String stage, Collection<String> caseNumbers) {
    return jdbc.sql("""
        select extract(epoch from m.sent_at - d.due_at) from mail_outbox m
          join case_deadline d on d.case_number = m.case_number and d.stage = ?
         where m.kind = ? and m.case_number = any (?)""")
        .params(stage, kind, caseNumbers.toArray(String[]::new)).query(Double.class).list();
  }

  /** Outbox rows of these cases not sent yet. */
  long unsentMails(Collection<String> caseNumbers) {
    return jdbc.sql("select count(*) from mail_outbox where sent_at is null and case_number = any (?)")
        .param(caseNumbers.toArray(String[]::new)).query(Long.class).single();
  }

  /** Successful executions of the jobs of these activities, per engine host name ({@code ACT_HI_JOB_LOG.HOSTNAME_}). */
  Map<String, Long> jobsDoneByHost(Collection<String> activityIds) {
    return counts("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 and act_id_ = any (?) group by hostname_",
        (Object) activityIds.toArray(String[]::new));
  }

  /** Failed executions (optimistic locking, errors) of the jobs of these activities. */
  long jobsFailed(Collection<String> activityIds) {
    return jdbc.sql("select count(*) from act_hi_job_log where job_state_ = 1 and act_id_ = any (?)")
        .param(activityIds.toArray(String[]::new)).query(Long.class).single();
  }

  /** Deployments of this name ({@code SpringAutoDeployment}: the application's own, on start). */
  long deployments(String name) {
    return jdbc.sql("select count(*) from act_re_deployment where name_ = ?").param(name).query(Long.class).single();
  }

  /** How many saved Tasklist filters carry each name. */
  Map<String, Long> filtersByName() {
    return counts("select name_, count(*) from act_ru_filter group by name_");
  }

  private Map<String, Long> counts(String sql, Object... params) {
    return jdbc.sql(sql).params(params)
        .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
