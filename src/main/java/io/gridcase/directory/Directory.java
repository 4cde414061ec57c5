package io.gridcase.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;

/**
 * Where things are and who works them: the places, departments, categories and people of the
 * directory. Reads a snapshot of the {@code dir_*} tables, taken on first use and again after
 * every load ({@link #refresh()}).
 */
@Service
public class Directory {

  private final DirectoryTables tables;
  private final double nearestGridWithinMetres;
  private volatile DirectorySnapshot snapshot;

  public Directory(DirectoryTables tables, DirectoryProperties properties) {
    this.tables = tables;
    this.nearestGridWithinMetres = properties.nearestGridWithinMetres();
  }

  /** Re-reads the tables; the loader calls it after writing them. */
  public void refresh() {
    snapshot = DirectorySnapshot.read(tables, nearestGridWithinMetres);
  }

  public Optional<Grid> grid(String code) {
    return find(snapshot().grids(), code);
  }

  /** Every grid of the directory, by code. */
  public List<Grid> grids() {
    return List.copyOf(snapshot().grids().values());
  }

  /**
   * The grid whose boundary holds the given point (WGS 84); on a boundary shared by several, the
   * one with the smallest code; outside every grid, the grid whose boundary is nearest if it is
   * within {@code gridcase.directory.nearest-grid-within-metres} (default 1,000 m). See {@link GridMap}.
   */
  public Optional<Grid> gridAt(double lat, double lng) {
    return snapshot().gridMap().gridAt(lat, lng);
  }

  /** The places of the towns that pass the filter, down to their grids. */
  public PlaceTree places(Predicate<String> townCodes) {
    DirectorySnapshot places = snapshot();
    Map<String, List<PlaceTree.GridNode>> grids = new LinkedHashMap<>();
    places.grids().values().forEach(grid ->
        grids.computeIfAbsent(grid.communityCode(), c -> new ArrayList<>()).add(new PlaceTree.GridNode(grid.code(), grid.name())));
    Map<String, List<PlaceTree.CommunityNode>> communities = new LinkedHashMap<>();
    places.communities().values().stream().filter(c -> grids.containsKey(c.code())).forEach(c ->
        communities.computeIfAbsent(c.townCode(), t -> new ArrayList<>())
            .add(new PlaceTree.CommunityNode(c.code(), c.name(), List.copyOf(grids.get(c.code())))));
    Map<String, List<PlaceTree.TownNode>> towns = new LinkedHashMap<>();
    places.towns().values().stream()
        .filter(t -> communities.containsKey(t.code()) && townCodes.test(t.code()))
        .forEach(t -> towns.computeIfAbsent(t.countyCode(), c -> new ArrayList<>())
            .add(new PlaceTree.TownNode(t.code(), t.name(), List.copyOf(communities.get(t.code())))));
    return new PlaceTree(places.counties().values().stream()
        .filter(c -> towns.containsKey(c.code()))
        .map(c -> new PlaceTree.CountyNode(c.code(), c.name(), List.copyOf(towns.get(c.code()))))
        .toList());
  }

  /** The grids the user looks after as their grid worker (网格员). */
  public List<Grid> gridsOfWorker(String userId) {
    return snapshot().grids().values().stream().filter(grid -> userId.equals(grid.workerUserId())).toList();
  }

  public Optional<Town> town(String code) {
    return find(snapshot().towns(), code);
  }

  public Optional<County> county(String code) {
    return find(snapshot().counties(), code);
  }

  public Optional<Department> department(String code) {
    return find(snapshot().departments(), code);
  }

  /** All departments, by code. */
  public List<Department> departments() {
    return List.copyOf(snapshot().departments().values());
  }

  public boolean isCategory(String code) {
    return code != null && snapshot().categories().containsKey(code);
  }

  /** All categories, by code. */
  public List<Category> categories() {
    return List.copyOf(snapshot().categories().values());
  }

  public Optional<Person> person(String userId) {
    return find(snapshot().persons(), userId);
  }

  private DirectorySnapshot snapshot() {
    DirectorySnapshot current = snapshot;
    if (current == null) {
      synchronized (this) {
        if (snapshot == null) {
          snapshot = DirectorySnapshot.read(tables, nearestGridWithinMetres);
        }
        current = snapshot;
      }
    }
    return current;
  }

  private static <T> Optional<T> find(Map<String, T> map, String key) {
    return key == null ? Optional.empty() : Optional.ofNullable(map.get(key));
  }
}
