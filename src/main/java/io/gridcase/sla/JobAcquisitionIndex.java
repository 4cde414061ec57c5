package io.gridcase.sla;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Adds the index the job executor's acquisition query needs when hundreds of thousands of future
 * deadline timers wait in {@code ACT_RU_JOB}: Camunda ships none on {@code DUEDATE_}. With
 * {@code ensureJobDueDateNotNull} the query is {@code DUEDATE_ <= now ... order by DUEDATE_}, a
 * range scan on this index that never touches the future timers. Runs after the engine created its
 * tables; {@code if not exists} makes it idempotent on H2 and PostgreSQL.
 */
@Component
@Order(0)
public class JobAcquisitionIndex implements ApplicationRunner {

  static final String NAME = "gc_idx_job_duedate";
  private static final Logger LOG = LoggerFactory.getLogger(JobAcquisitionIndex.class);

  private final JdbcClient jdbc;

  public JobAcquisitionIndex(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    jdbc.sql("create index if not exists " + NAME + " on act_ru_job (duedate_)").update();
    LOG.info("Job acquisition index {} on ACT_RU_JOB(DUEDATE_) is in place", NAME);
  }
}
