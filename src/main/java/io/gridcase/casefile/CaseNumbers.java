package io.gridcase.casefile;

import java.time.format.DateTimeFormatter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Hands out case numbers like {@code GC20261123000042}: the date of intake and a sequence. */
@Component
public class CaseNumbers {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

  private final JdbcClient jdbc;
  private final CaseClock clock;
  private final String nextValueSql;

  public CaseNumbers(JdbcClient jdbc, CaseClock clock, SqlDialect dialect) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.nextValueSql = dialect.nextValueSql("case_number_seq");
  }

  public String next() {
    long sequence = jdbc.sql(nextValueSql).query(Long.class).single();
    return "GC%s%06d".formatted(clock.now().format(DAY), sequence);
  }
}
