package io.gridcase.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Loads the directory file ({@code gridcase.directory.location}) at start-up into the
 * {@code dir_*} tables and Camunda's identities. An {@link ApplicationRunner} runs once the context
 * is refreshed, so Flyway has migrated and the process engine is built; it runs early
 * ({@link #ORDER}) so other runners find the directory loaded. Loading is idempotent: a second start
 * with the same file writes nothing, a changed name is updated.
 */
@Component
@Order(DirectoryLoader.ORDER)
public class DirectoryLoader implements ApplicationRunner {

  /** Runners that need the directory order themselves after this. */
  public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

  private static final Logger log = LoggerFactory.getLogger(DirectoryLoader.class);

  private final DirectoryProperties properties;
  private final ResourceLoader resources;
  private final DirectoryTables tables;
  private final IdentitySync identitySync;
  private final Directory directory;

  public DirectoryLoader(
      DirectoryProperties properties,
      ResourceLoader resources,
      DirectoryTables tables,
      IdentitySync identitySync,
      Directory directory) {
    this.properties = properties;
    this.resources = resources;
    this.tables = tables;
    this.identitySync = identitySync;
    this.directory = directory;
  }

  /** What one load changed. */
  public record Result(Map<String, DirectoryTables.Changes> tables, IdentitySync.Changes identities) {
    public boolean changedNothing() {
      return tables.values().stream().allMatch(DirectoryTables.Changes::none) && identities.none();
    }
  }

  @Override
  public void run(ApplicationArguments args) {
    String location = properties.location();
    if (location == null || location.isBlank()) {
      log.info("No directory to load (gridcase.directory.location is empty)");
      return;
    }
    load(resources.getResource(location));
  }

  public Result load(Resource resource) {
    DirectoryFile file;
    try (InputStream in = resource.getInputStream()) {
      file = DirectoryFile.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the directory file " + resource, e);
    }
    return load(file, resource.getDescription());
  }

  public Result load(DirectoryFile file, String source) {
    DirectoryFileCheck.requireValid(file);
    Result result;
    try {
      result = write(file);
    } catch (RuntimeException e) {
      // Nodes of a cluster that start together race to insert the same rows; the loser tries
      // once more and finds them written.
      log.warn("Loading the directory failed ({}); trying once more", e.toString());
      result = write(file);
    }
    log.info(
        "Directory loaded from {}: {} counties, {} towns, {} communities, {} grids, {} departments, "
            + "{} categories, {} people; {}",
        source,
        file.counties().size(),
        file.townList().size(),
        file.communityList().size(),
        file.gridList().size(),
        file.departments().size(),
        file.categories().size(),
        file.people().size(),
        result.changedNothing() ? "nothing changed" : "changes " + result.tables() + ", " + result.identities());
    return result;
  }

  private Result write(DirectoryFile file) {
    Map<String, DirectoryTables.Changes> tableChanges = tables.write(file);
    IdentitySync.Changes identityChanges = identitySync.sync(file);
    directory.refresh();
    return new Result(tableChanges, identityChanges);
  }
}
