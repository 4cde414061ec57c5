package io.gridcase.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.support.PostgresServer;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Only a recording thread's statements are counted, and only its connections carry the proxy. */
class CountedStatementsTest {

  @Test
  void aRecordingThreadsStatementsAreCountedAndOtherThreadsGetThePoolsOwnConnections() throws Exception {
    PostgresServer.newDatabase("counted_statements");
    DataSource database = CountedStatements.wrap(PostgresServer.get().getDatabase("postgres", "counted_statements"));

    try (Connection plain = database.getConnection()) {
      assertThat(Proxy.isProxyClass(plain.getClass())).as("a connection outside a recording").isFalse();
    }
    CountedStatements.Recording recording = new CountedStatements.Recording();
    CountedStatements.record(recording, i -> {
      try (Connection connection = database.getConnection();
          PreparedStatement one = connection.prepareStatement("select   ?")) {
        assertThat(Proxy.isProxyClass(connection.getClass())).isTrue();
        one.setInt(1, i);
        one.executeQuery().close();
        one.setInt(1, i + 1);
        one.addBatch();
        one.setInt(1, i + 2);
        one.addBatch();
      }
    }, 7);
    assertThat(recording.bySql).containsOnlyKeys("select ?");
    assertThat(recording.bySql.get("select ?")[0]).as("statements: one executed, two queued").isEqualTo(3);
    assertThat(recording.bySql.get("select ?")[1]).as("round trips: the batch never sent").isEqualTo(1);
  }
}
