package io.gridcase.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One Gridcase node as production runs it: the jar that {@code mvn package} built, started with
 * {@code java -jar} in its own JVM, on PostgreSQL. Fault tests kill it ({@code kill -9}), run two
 * of them side by side, or take their database away. Its output goes to
 * {@code target/nodes/<name>.log}.
 *
 * <pre>{@code
 * try (AppNode node = AppNode.on(database.jdbcUrl(), "postgres", "postgres")
 *     .mailTo(smtpPort).start("node-a")) {
 *   node.uri("/api/cases") ...
 *   node.kill();
 *   node.restart();
 * }
 * }</pre>
 */
public final class AppNode implements AutoCloseable {

  private static final Path TARGET = Path.of("target").toAbsolutePath();

  private final Builder settings;
  private final String name;
  private final int port;
  private Process process;

  private AppNode(Builder settings, String name, int port) {
    this.settings = settings;
    this.name = name;
    this.port = port;
  }

  /** A node on this PostgreSQL database (the {@code postgres} profile). */
  public static Builder on(String jdbcUrl, String user, String password) {
    return new Builder(jdbcUrl, user, password);
  }

  public int port() {
    return port;
  }

  public String name() {
    return name;
  }

  public URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  public Path log() {
    return TARGET.resolve("nodes").resolve(name + ".log");
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** {@code kill -9}: no shutdown hook, no graceful stop, transactions cut where they are. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** A graceful stop (SIGTERM), as an orchestrator scaling in would do. */
  public void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  /** Starts the same node again, on the same port and database, and waits until it is up. */
  public AppNode restart() throws IOException, InterruptedException {
    stop();
    launch();
    return this;
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }

  private void launch() throws IOException, InterruptedException {
    Files.createDirectories(log().getParent());
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx" + settings.heap, "-jar", jar().toString()));
    command.add("--server.port=" + port);
    command.add("--spring.profiles.active=" + settings.profiles);
    settings.properties.forEach((key, value) -> command.add("--" + key + "=" + value));
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(TARGET.toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
    builder.environment().put("GRIDCASE_DB_URL", settings.jdbcUrl);
    builder.environment().put("GRIDCASE_DB_USER", settings.user);
    builder.environment().put("GRIDCASE_DB_PASSWORD", settings.password);
    process = builder.start();
    awaitHealthy(settings.startTimeout);
  }

  private void awaitHealthy(Duration timeout) throws InterruptedException, IOException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log());
      }
      try {
        var response = client.send(HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(name + " not healthy within " + timeout + "; see " + log());
  }

  /** The repackaged Spring Boot jar in {@code target/} (not the {@code .original}). */
  static Path jar() throws IOException {
    try (Stream<Path> files = Files.list(TARGET)) {
      return files.filter(p -> p.getFileName().toString().matches("gridcase-.*\\.jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no target/gridcase-*.jar: run mvn package (failsafe runs after it)"));
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How to start a node: database, profiles, extra Spring properties. */
  public static final class Builder {
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private String profiles = "postgres";
    private String heap = "512m";
    private Duration startTimeout = Duration.ofMinutes(3);

    private Builder(String jdbcUrl, String user, String password) {
      this.jdbcUrl = jdbcUrl;
      this.user = user;
      this.password = password;
    }

    /** Mail to an SMTP server on localhost (GreenMail in the tests). */
    public Builder mailTo(int smtpPort) {
      return property("spring.mail.host", "localhost").property("spring.mail.port", String.valueOf(smtpPort));
    }

    /** Any Spring property, passed as {@code --key=value}. */
    public Builder property(String key, String value) {
      properties.put(key, value);
      return this;
    }

    public Builder profiles(String profiles) {
      this.profiles = profiles;
      return this;
    }

    public Builder heap(String heap) {
      this.heap = heap;
      return this;
    }

    public Builder startTimeout(Duration startTimeout) {
      this.startTimeout = startTimeout;
      return this;
    }

    /** Starts the node on a free port and waits until its health endpoint answers 200. */
    public AppNode start(String name) throws IOException, InterruptedException {
      AppNode node = new AppNode(this, name, freePort());
      node.launch();
      return node;
    }
  }
}
