package io.gridcase.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

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

  private static void missing(String howToInstall) {
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(howToInstall);
    }
    Assumptions.abort("Browser test skipped outside CI: " + howToInstall);
  }
}
