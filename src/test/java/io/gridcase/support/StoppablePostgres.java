package io.gridcase.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of its own that a fault test stops (a fast shutdown: sessions are
 * terminated, new connections refused) and starts again on the same port and data directory, so
 * the application sees the same database come back with everything it had committed.
 */
public final class StoppablePostgres implements AutoCloseable {

  private final Path dataDirectory;
  private final int port;
  private EmbeddedPostgres server;

  private StoppablePostgres(Path dataDirectory, int port) {
    this.dataDirectory = dataDirectory;
    this.port = port;
  }

  /** A new server with an empty data directory under {@code target/}; user and password {@code postgres}. */
  public static StoppablePostgres startFresh(String name) throws IOException {
    Path dataDirectory = Path.of("target", name).toAbsolutePath();
    deleteRecursively(dataDirectory);
    StoppablePostgres postgres = new StoppablePostgres(dataDirectory, AppNode.freePort());
    postgres.start();
    return postgres;
  }

  /** The {@code postgres} database. */
  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/postgres";
  }

  public boolean isRunning() {
    return server != null;
  }

  public void start() throws IOException {
    server = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port).start();
  }

  public void stop() throws IOException {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  @Override
  public void close() throws IOException {
    stop();
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
