package io.gridcase.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.casefile.CaseRecords;
import io.gridcase.intake.CaseIntake;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Reports;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A mass event: more open reports of one category crowd one place within the window than the
 * finder compares ({@link DuplicateFinder#MOST_CANDIDATES}). The database hands over only the newest
 * of them, so an intake costs the same with 100 or 100,000 open cases (issue 14's 100,000 open
 * cases made each intake read every earlier one). The crowd is copied from one reported case by SQL,
 * on the open sea south of the demo city where no other test reports, and removed afterwards.
 */
@GridcaseTest
class CrowdedDuplicatesTest {

  static final String THROWING = "HIGH_ALTITUDE_THROWING";
  static final double LAT = 22.0;
  static final double LNG = 113.5;
  /** About 30 m northwards. */
  static final double M30 = 0.00027;
  static final String PREFIX = "CROWD-";

  @Autowired CaseIntake intake;
  @Autowired CaseRecords records;
  @Autowired DuplicateFinder finder;
  @Autowired JdbcClient jdbc;
  private List<String> columns;

  @AfterEach
  void removeTheCrowd() {
    jdbc.sql("delete from case_record where case_number like 'CROWD-%'").update();
  }

  @Test
  void theNewestReportsOfACrowdAreComparedNotEveryOne() {
    String model = intake.report(Reports.hotline("高空抛物", "楼上有人往下扔东西")).caseNumber();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    // the oldest 100 stand exactly where the new report is, the 500 newer ones 30 m away
    IntStream.range(0, 100).forEach(i -> copy(model, PREFIX + "OLD-" + i, now.minusDays(2).plusSeconds(i), LAT, LNG));
    IntStream.range(0, DuplicateFinder.MOST_CANDIDATES)
        .forEach(i -> copy(model, PREFIX + "NEW-" + i, now.minusDays(1).plusSeconds(i), LAT + M30, LNG));
    copy(model, PREFIX + "PROBE", now, LAT, LNG);

    List<PossibleDuplicate> found = finder.of(records.get(PREFIX + "PROBE"), THROWING);

    assertThat(found).hasSize(10);
    assertThat(found).allSatisfy(d -> {
      assertThat(d.caseNumber()).startsWith(PREFIX + "NEW-");
      assertThat(d.distanceMetres()).isBetween(25L, 35L);
    });
    // newest first among equally near ones: the last ten of the newer crowd
    assertThat(found.stream().map(PossibleDuplicate::caseNumber).collect(Collectors.toSet()))
        .isEqualTo(IntStream.range(DuplicateFinder.MOST_CANDIDATES - 10, DuplicateFinder.MOST_CANDIDATES)
            .mapToObj(i -> PREFIX + "NEW-" + i).collect(Collectors.toSet()));
  }

  @Test
  void belowTheCrowdSizeTheNearestAreFoundHoweverOld() {
    String model = intake.report(Reports.hotline("高空抛物", "楼上有人往下扔东西")).caseNumber();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    IntStream.range(0, 3).forEach(i -> copy(model, PREFIX + "OLD-" + i, now.minusDays(6).plusSeconds(i), LAT, LNG));
    IntStream.range(0, 20).forEach(i -> copy(model, PREFIX + "NEW-" + i, now.minusDays(1).plusSeconds(i), LAT + M30, LNG));
    // out of the square around the 50 m radius: never handed over
    copy(model, PREFIX + "FAR", now.minusHours(1), LAT + 10 * M30, LNG);
    copy(model, PREFIX + "PROBE", now, LAT, LNG);

    List<PossibleDuplicate> found = finder.of(records.get(PREFIX + "PROBE"), THROWING);

    assertThat(found).hasSize(10);
    assertThat(found.subList(0, 3)).extracting(PossibleDuplicate::caseNumber)
        .containsExactly(PREFIX + "OLD-2", PREFIX + "OLD-1", PREFIX + "OLD-0");
    assertThat(found).extracting(PossibleDuplicate::caseNumber).doesNotContain(PREFIX + "FAR");
  }

  /** A copy of a case row as another open report of 高空抛物 at a point and time of its own. */
  private void copy(String model, String caseNumber, OffsetDateTime reportedAt, double lat, double lng) {
    List<String> columns = columns();
    String select = columns.stream().map(column -> switch (column) {
      case "case_number" -> ":number";
      case "reported_at" -> ":reportedAt";
      case "lat" -> ":lat";
      case "lng" -> ":lng";
      case "category" -> ":category";
      case "status" -> "'OPEN'";
      case "external_id", "process_instance_id" -> "null";
      default -> column;
    }).collect(Collectors.joining(", "));
    jdbc.sql("insert into case_record (" + String.join(", ", columns) + ") select " + select
            + " from case_record where case_number = :model")
        .param("number", caseNumber)
        .param("reportedAt", reportedAt)
        .param("lat", lat)
        .param("lng", lng)
        .param("category", THROWING)
        .param("model", model)
        .update();
  }

  private List<String> columns() {
    if (columns == null) {
      columns = readColumns();
    }
    return columns;
  }

  private List<String> readColumns() {
    return jdbc.sql("select * from case_record where 1 = 0")
        .query(rs -> {
          var meta = rs.getMetaData();
          return IntStream.rangeClosed(1, meta.getColumnCount())
              .mapToObj(i -> {
                try {
                  return meta.getColumnName(i).toLowerCase();
                } catch (java.sql.SQLException e) {
                  throw new IllegalStateException(e);
                }
              })
              .toList();
        });
  }
}
