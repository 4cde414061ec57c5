package io.gridcase.signals;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.support.PostgresServer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two cases of one spike checked at the same moment, each in its own transaction that stays open
 * a while after its check (as the engine's does): only one of them may raise the alert, on a real
 * PostgreSQL (the build's embedded server) and on H2, whether the place was watched before or not.
 */
class WeakSignalWatchesConcurrencyTest {

  private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 7, 14, 11, 0, 0, 0, ZoneOffset.ofHours(8));
  private static final OffsetDateTime SINCE = NOW.minusHours(6);

  private final ExecutorService threads = Executors.newFixedThreadPool(2);

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"postgresql", "h2"})
  void twoChecksAtOnceOfAPlaceNeverWatchedRaiseOneAlert(String database) throws Exception {
    Schema schema = migrate(database);
    assertThat(claimAtOnce(schema, "ROAD_FLOODING", "JM-TS-TAICHENG-02-01")).containsExactlyInAnyOrder(true, false);
    assertThat(lastRaised(schema, "ROAD_FLOODING", "JM-TS-TAICHENG-02-01")).isEqualTo(NOW.toInstant());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"postgresql", "h2"})
  void twoChecksAtOnceAfterAnOldAlertRaiseOneAlert(String database) throws Exception {
    Schema schema = migrate(database);
    schema.jdbc().sql("insert into weak_signal_watch (category, scope, place_code, last_raised_at) values (?, 'GRID', ?, ?)")
        .params("ROAD_FLOODING", "JM-KP-CHANGSHA-01-01", NOW.minusDays(2)).update();
    assertThat(claimAtOnce(schema, "ROAD_FLOODING", "JM-KP-CHANGSHA-01-01")).containsExactlyInAnyOrder(true, false);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"postgresql", "h2"})
  void aSpikeWithinTheWindowOfTheLastAlertRaisesNoneButOneAfterItDoes(String database) {
    Schema schema = migrate(database);
    WeakSignalWatches watches = schema.watches();
    TransactionTemplate transaction = schema.transaction();
    assertThat(transaction.execute(s -> watches.claim("NOISE", "TOWN", "JM-TS-TAICHENG", SINCE, NOW)).booleanValue()).isTrue();
    assertThat(transaction.execute(s -> watches.claim("NOISE", "TOWN", "JM-TS-TAICHENG", SINCE.plusHours(5), NOW.plusHours(5)))
        .booleanValue()).as("the alert of the last window still covers it").isFalse();
    assertThat(transaction.execute(s -> watches.claim("NOISE", "TOWN", "JM-TS-TAICHENG", NOW, NOW.plusHours(6))).booleanValue())
        .as("a new window").isTrue();
    assertThat(transaction.execute(s -> watches.claim("NOISE", "TOWN", "JM-TS-TAICHENG", SINCE.minusDays(30), NOW.minusDays(30)))
        .booleanValue()).as("a window before the last alert (a clock set back) is not covered by it").isTrue();
  }

  /** Both claims start together; each transaction stays open 300 ms after its claim. */
  private List<Boolean> claimAtOnce(Schema schema, String category, String place) throws Exception {
    CyclicBarrier together = new CyclicBarrier(2);
    WeakSignalWatches watches = schema.watches();
    List<Future<Boolean>> claims = List.of(1, 2).stream().map(n -> threads.submit(() -> schema.transaction().execute(s -> {
      await(together);
      boolean claimed = watches.claim(category, "GRID", place, SINCE, NOW);
      sleep(300);
      return claimed;
    }))).toList();
    return List.of(claims.get(0).get(30, TimeUnit.SECONDS), claims.get(1).get(30, TimeUnit.SECONDS));
  }

  private java.time.Instant lastRaised(Schema schema, String category, String place) {
    return schema.jdbc().sql("select last_raised_at from weak_signal_watch where category = ? and place_code = ?")
        .params(category, place).query(OffsetDateTime.class).single().toInstant();
  }

  private record Schema(JdbcClient jdbc, DataSourceTransactionManager transactions) {
    WeakSignalWatches watches() {
      return new WeakSignalWatches(jdbc, transactions);
    }

    TransactionTemplate transaction() {
      return new TransactionTemplate(transactions);
    }
  }

  private static Schema migrate(String database) {
    String name = "ws_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    DataSource dataSource;
    if (database.equals("postgresql")) {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setUrl(PostgresServer.jdbcUrl());
      pg.setCurrentSchema(name);
      dataSource = pg;
      Flyway.configure().dataSource(dataSource).schemas(name).createSchemas(true).load().migrate();
    } else {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
      dataSource = h2;
      Flyway.configure().dataSource(dataSource).load().migrate();
    }
    return new Schema(JdbcClient.create(dataSource), new DataSourceTransactionManager(dataSource));
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
