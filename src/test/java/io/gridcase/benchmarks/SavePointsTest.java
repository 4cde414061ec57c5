package io.gridcase.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.support.PostgresServer;
import java.sql.Timestamp;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The save points' lag on a real PostgreSQL, from a job log shaped as Camunda writes it: a quick save
 * point counts without a timeline, a slow one comes with what its instance did while it waited.
 */
class SavePointsTest {

  @Test
  void aSlowSavePointComesWithItsInstancesTimeline() {
    var database = new DriverManagerDataSource(PostgresServer.newDatabase("save_points"), "postgres", "postgres");
    JdbcClient jdbc = JdbcClient.create(database);
    // the columns of Camunda's act_hi_job_log and act_hi_actinst that SavePoints reads
    jdbc.sql("create table act_hi_job_log (job_id_ text, job_state_ int, job_def_type_ text, timestamp_ timestamp,"
        + " process_instance_id_ text, act_id_ text, job_exception_msg_ text)").update();
    jdbc.sql("create table act_hi_actinst (proc_inst_id_ text, act_id_ text, start_time_ timestamp, end_time_ timestamp)").update();
    Timestamp since = SavePoints.now();
    Timestamp base = new Timestamp(since.getTime() + 1_000);
    jdbc.sql("""
        insert into act_hi_job_log values
          ('quick', 0, 'async-continuation', cast(:base as timestamp), 'p1', 'Task_SendFeedbackMail', null),
          ('quick', 2, 'async-continuation', cast(:base as timestamp) + interval '0.2 seconds', 'p1', 'Task_SendFeedbackMail', null),
          ('slow', 0, 'async-continuation', cast(:base as timestamp), 'p2', 'Task_SendFeedbackMail', null),
          ('slow', 2, 'async-continuation', cast(:base as timestamp) + interval '12 seconds', 'p2', 'Task_SendFeedbackMail', null),
          ('revisit', 0, 'timer-intermediate-transition', cast(:base as timestamp) + interval '5 seconds', 'p2', 'Timer_Revisit', null),
          ('elsewhere', 0, 'async-continuation', cast(:base as timestamp) + interval '5 seconds', 'p3', 'Task_SendFeedbackMail', null)""")
        .param("base", base).update();
    jdbc.sql("""
        insert into act_hi_actinst values
          ('p2', 'Task_Result', cast(:base as timestamp) - interval '3 seconds', cast(:base as timestamp)),
          ('p2', 'Task_SendFeedbackMail', cast(:base as timestamp) + interval '12 seconds', null),
          ('p2', 'Task_LongBefore', cast(:base as timestamp) - interval '1 hour', cast(:base as timestamp) - interval '1 hour')""")
        .param("base", base).update();

    SavePoints savePoints = SavePoints.since(database, since, 1);

    assertThat(savePoints.lag().count()).isEqualTo(2);
    assertThat(savePoints.lag().max()).isBetween(11_999.0, 12_001.0);
    assertThat(savePoints.slow()).hasSize(1);
    assertThat(savePoints.slow().get(0))
        .startsWith("job slow (Task_SendFeedbackMail) of instance p2 waited 12.0 s; the instance meanwhile:")
        .containsSubsequence("activity Task_Result ended", "job slow created (async-continuation, Task_SendFeedbackMail)",
            "job revisit created (timer-intermediate-transition, Timer_Revisit)", "activity Task_SendFeedbackMail started",
            "job slow done")
        .doesNotContain("Task_LongBefore").doesNotContain("elsewhere").doesNotContain("quick");
  }
}
