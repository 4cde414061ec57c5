package io.gridcase.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The reference SMS worker ({@code docker/sms-worker/worker.mjs}) run with Node.js as a process of
 * its own, with the JavaScript client {@code npm ci} installs. Without Node.js or the client the
 * test is skipped with instructions, and fails under {@code CI=true} as the browser tests do.
 */
public final class SmsWorkerProcess implements AutoCloseable {

  public static final Path WORKER = Browser.PROJECT.resolve("docker/sms-worker/worker.mjs");
  private static final Path LOGS = Browser.PROJECT.resolve("target/sms-worker");

  private final Process process;

  private SmsWorkerProcess(Process process) {
    this.process = process;
  }

  public static void require() {
    if (!canRun("node", "--version")) {
      missing("Node.js (18 or later) is not on the PATH: install it (Debian: apt-get install nodejs npm).");
    }
    if (!Files.isDirectory(Browser.PROJECT.resolve("node_modules/camunda-external-task-client-js"))) {
      missing("camunda-external-task-client-js is missing: run `npm ci` in " + Browser.PROJECT + ". .ci/run does.");
    }
  }

  /** Starts the worker against Gridcase on the port, with the settings given (SMS_*), logging to target/sms-worker/. */
  public static SmsWorkerProcess start(int gridcasePort, String name, Map<String, String> settings) {
    try {
      Files.createDirectories(LOGS);
      ProcessBuilder builder = new ProcessBuilder("node", WORKER.toString())
          .redirectErrorStream(true)
          .redirectOutput(LOGS.resolve(name + ".log").toFile());
      builder.environment().put("GRIDCASE_URL", "http://127.0.0.1:" + gridcasePort);
      builder.environment().put("GRIDCASE_USER", "sms-gateway");
      builder.environment().put("GRIDCASE_PASSWORD", Logins.PASSWORD);
      builder.environment().put("SMS_WORKER_ID", name);
      builder.environment().putAll(settings);
      return new SmsWorkerProcess(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static boolean canRun(String... command) {
    try {
      return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void missing(String howToInstall) {
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(howToInstall);
    }
    Assumptions.abort("SMS worker test skipped outside CI: " + howToInstall);
  }
}
