package io.gridcase.directory;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An immutable copy of the directory tables; small enough (Jiangmen: ~10,000 rows) to hold in
 * memory; with the grids' boundaries on a {@link GridMap}.
 */
record DirectorySnapshot(
    Map<String, County> counties,
    Map<String, Town> towns,
    Map<String, Community> communities,
    Map<String, Grid> grids,
    Map<String, Department> departments,
    Map<String, Category> categories,
    Map<String, Person> persons,
    GridMap gridMap) {

  static DirectorySnapshot read(DirectoryTables tables, double nearestGridWithinMetres) {
    List<Grid> grids = tables.grids();
    return new DirectorySnapshot(
        byKey(tables.counties(), County::code, Comparator.comparing(County::code)),
        byKey(tables.towns(), Town::code, Comparator.comparing(Town::code)),
        byKey(tables.communities(), Community::code, Comparator.comparing(Community::code)),
        byKey(grids, Grid::code, Comparator.comparing(Grid::code)),
        byKey(tables.departments(), Department::code, Comparator.comparing(Department::code)),
        byKey(tables.categories(), Category::code, Comparator.comparing(Category::code)),
        byKey(tables.persons(), Person::id, Comparator.comparing(Person::id)),
        GridMap.of(grids, nearestGridWithinMetres));
  }

  private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key, Comparator<T> order) {
    Map<String, T> map = new LinkedHashMap<>();
    items.stream().sorted(order).forEach(item -> map.put(key.apply(item), item));
    return Collections.unmodifiableMap(map);
  }
}
