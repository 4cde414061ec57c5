package io.gridcase.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the real-browser tests need: Debian's Chromium and playwright-core (from {@code npm ci}).
 * CI ({@code .ci/run} sets {@code CI=true}) installs both and fails without them; on a developer
 * machine that has neither, the browser tests are skipped with the same instructions, so that
 * {@code mvn -B verify} works with Java and Maven alone.
 */
public final class Browser {

  public static final Path PROJECT = Path.of("").toAbsolutePath();
  public static final String CHROMIUM = System.getenv().getOrDefault("GRIDCASE_CHROMIUM", "/usr/bin/chromium");

  private Browser() {}

  public static void require() {
    if (!Files.isExecutable(Path.of(CHROMIUM))) {
      missing("No Chromium at " + CHROMIUM + ". Install Debian's package: sudo apt-get install -y chromium "
          + "(or point GRIDCASE_CHROMIUM at a Chromium binary). .ci/run installs it.");
    }
    if (!Files.isDirectory(PROJECT.resolve("node_modules/playwright-core"))) {
      missing("playwright-core is missing: run `npm ci` in " + PROJECT + " (Node.js 18 or later). .ci/run does.");
    }
  }

  /**
   * Runs a node script of {@code src/test/browser} in Chromium ({@code CHROMIUM} is set for it) with
   * these variables. Its standard output goes to {@code dir/name.out}, its standard error to
   * {@code dir/name.log}; a script that fails or runs longer than five minutes fails the test with both.
   */
  public static Output run(Path script, Path dir, String name, Map<String, String> env)
      throws IOException, InterruptedException {
    Files.createDirectories(dir);
    Path out = dir.resolve(name + ".out");
    Path log = dir.resolve(name + ".log");
    var builder = new ProcessBuilder("node", script.toString()).directory(PROJECT.toFile())
        .redirectOutput(out.toFile()).redirectError(log.toFile());
    builder.environment().putAll(env);
    builder.environment().put("CHROMIUM", CHROMIUM);
    Process browser = builder.start();
    boolean finished = browser.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      browser.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    Output output = new Output(Files.readString(out, StandardCharsets.UTF_8), Files.readString(log, StandardCharsets.UTF_8));
    assertThat(finished && browser.exitValue() == 0)
        .as("%s (%s) in Chromium%s:%n%s%n%s", script.getFileName(), name, finished ? "" : " timed out after 5 minutes",
            output.out(), output.log())
        .isTrue();
    return output;
  }

  /** What a browser script wrote: its standard output and its log (standard error). */
  public record Output(String out, String log) {

    /** The last line of the output: the JSON the script reports what it saw in. */
    public JsonNode json() throws IOException {
      return new ObjectMapper().readTree(out.lines().reduce((first, last) -> last).orElse("{}"));
    }

    /** Both streams, for the scripts that tell what they see line by line. */
    public String text() {
      return out + System.lineSeparator() + log;
    }
  }

  /** {@code @ExtendWith(Browser.Installed.class)}: a browser test class runs only where {@link #require()} holds. */
  public static final class Installed implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
      require();
    }
  }

  private static void missing(String howToInstall) {
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(howToInstall);
    }
    Assumptions.abort("Browser test skipped outside CI: " + howToInstall);
  }
}
