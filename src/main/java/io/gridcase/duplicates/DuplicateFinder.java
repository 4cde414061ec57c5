package io.gridcase.duplicates;

import io.gridcase.casefile.CaseRecord;
import io.gridcase.directory.Directory;
import io.gridcase.directory.Grid;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finds the open cases that may report the same problem as a case (疑似重复件, ADR 19): the same
 * category, reported within the category's window before it and within its radius, as
 * {@code decisions/duplicate-window.dmn} says. The database narrows by status, category and time
 * (portable SQL, H2 and PostgreSQL) and by place: reports with a point inside the square around the
 * radius, reports with only a grid whose grid's centre is within the radius. The distance is measured
 * here, between the reports' points or, for a report that gave only a grid, the grid's centre. Where
 * more than {@value #MOST_CANDIDATES} open reports of one category crowd one place within the window
 * (a mass event), the newest of them are compared: the database never hands over an unbounded list,
 * so an intake costs the same with 100 or 100,000 open cases.
 */
@Service
public class DuplicateFinder {

  private static final int MOST = 10;
  static final int MOST_CANDIDATES = 500;
  private static final double METRES_PER_DEGREE_OF_LATITUDE = 111_320;
  private static final Comparator<PossibleDuplicate> NEAREST_THEN_NEWEST =
      Comparator.comparingLong(PossibleDuplicate::distanceMetres)
          .thenComparing(PossibleDuplicate::reportedAt, Comparator.reverseOrder())
          .thenComparing(PossibleDuplicate::caseNumber);

  private final JdbcClient jdbc;
  private final DuplicateRules rules;
  private final Directory directory;

  public DuplicateFinder(JdbcClient jdbc, DuplicateRules rules, Directory directory) {
    this.jdbc = jdbc;
    this.rules = rules;
    this.directory = directory;
  }

  /** The category a case is compared by: its triaged one, else what the rules make of the report. */
  public String categoryOf(CaseRecord c) {
    if (c.category() != null) {
      return c.category();
    }
    return rules.category(c.reportedCategory(), c.channel(), c.isSme(), c.title(), c.description());
  }

  /** Possible duplicates of a case, nearest (then newest) first, at most ten; never the case itself. */
  public List<PossibleDuplicate> of(CaseRecord c, String category) {
    if (category == null) {
      return List.of();
    }
    Optional<DuplicateWindow> window = DuplicateWindow.of(rules.window(category));
    Optional<double[]> point = point(c.place());
    if (window.isEmpty() || point.isEmpty()) {
      return List.of();
    }
    OffsetDateTime since = c.reportedAt().minus(window.get().window());
    double[] here = point.get();
    double radius = window.get().radiusMetres();
    List<String> nearGrids = directory.grids().stream()
        .filter(grid -> Distances.metres(here[0], here[1], grid.lat(), grid.lng()) <= radius)
        .map(Grid::code)
        .toList();
    double latSpan = radius / METRES_PER_DEGREE_OF_LATITUDE * 1.01;
    double lngSpan = latSpan / Math.max(0.01, Math.cos(Math.toRadians(here[0])));
    JdbcClient.StatementSpec query = jdbc.sql(
            "select case_number, title, reported_at, grid_code, lat, lng from case_record"
                + " where status = 'OPEN' and case_number <> :self and reported_at >= :since and reported_at <= :until"
                + " and coalesce(category, reported_category) = :category"
                + " and ((lat between :south and :north and lng between :west and :east)"
                + (nearGrids.isEmpty() ? "" : " or ((lat is null or lng is null) and grid_code in (:nearGrids))")
                + ") order by reported_at desc, case_number desc fetch first " + MOST_CANDIDATES + " rows only")
        .param("self", c.caseNumber())
        .param("since", since)
        .param("until", c.reportedAt())
        .param("category", category)
        .param("south", here[0] - latSpan)
        .param("north", here[0] + latSpan)
        .param("west", here[1] - lngSpan)
        .param("east", here[1] + lngSpan);
    if (!nearGrids.isEmpty()) {
      query = query.param("nearGrids", nearGrids);
    }
    return query
        .query((rs, row) -> new Candidate(rs.getString("case_number"), rs.getString("title"),
            rs.getObject("reported_at", OffsetDateTime.class), new CaseRecord.Place(rs.getString("grid_code"), null, null,
                null, rs.getObject("lat", Double.class), rs.getObject("lng", Double.class))))
        .list()
        .stream()
        .map(found -> point(found.place()).map(there -> new PossibleDuplicate(found.caseNumber(), found.title(),
            Math.round(Distances.metres(here[0], here[1], there[0], there[1])), found.reportedAt())))
        .flatMap(Optional::stream)
        .filter(found -> found.distanceMetres() <= window.get().radiusMetres())
        .sorted(NEAREST_THEN_NEWEST)
        .limit(MOST)
        .toList();
  }

  /**
   * For a case whose category nobody knows yet (the manual triage): the possible duplicates it would
   * have under each category of the directory, nearest first, at most ten.
   */
  public List<PossibleDuplicate> ofAnyCategory(CaseRecord c) {
    return directory.categories().stream()
        .flatMap(category -> of(c, category.code()).stream())
        .distinct()
        .sorted(NEAREST_THEN_NEWEST)
        .limit(MOST)
        .toList();
  }

  /** A category's Chinese name (违停), or its code when the directory does not know it. */
  public String categoryName(String code) {
    return directory.categories().stream().filter(c -> c.code().equals(code)).map(c -> c.nameZh()).findFirst()
        .orElse(code == null ? "未定" : code);
  }

  /** Possible duplicates of a case by the category {@link #categoryOf} gives it. */
  public List<PossibleDuplicate> of(CaseRecord c) {
    return of(c, categoryOf(c));
  }

  private record Candidate(String caseNumber, String title, OffsetDateTime reportedAt, CaseRecord.Place place) {}

  private Optional<double[]> point(CaseRecord.Place place) {
    if (place.lat() != null && place.lng() != null) {
      return Optional.of(new double[] {place.lat(), place.lng()});
    }
    return directory.grid(place.gridCode()).map((Grid grid) -> new double[] {grid.lat(), grid.lng()});
  }
}
