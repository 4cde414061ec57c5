package io.gridcase.metrics;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Open cases past a deadline, from the read model (index on kpi_case.overdue_open). */
@Repository
public class OverdueCases {

  public record OverdueCase(
      String caseNumber, String title, String townCode, String gridCode, String department, String category,
      String channel, String stage, boolean flagged, List<String> overdueStages, OffsetDateTime dueAt,
      String processInstanceId) {}

  public record TownOverdue(String townCode, String townName, String countyCode, String countyName,
      long overdueCases, long flaggedCases) {}

  private final JdbcClient jdbc;

  public OverdueCases(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The open overdue cases, longest overdue first; optionally of one town. */
  public List<OverdueCase> list(String townCode, int limit) {
    Map<String, OverdueCase> cases = new LinkedHashMap<>();
    jdbc.sql("""
            select k.case_number, r.title, k.town_code, k.grid_code, k.department, k.category, k.channel, k.stage,
              k.flagged, r.process_instance_id, d.stage as deadline_stage, d.due_at
            from kpi_case k
              join case_record r on r.case_number = k.case_number
              join case_deadline d on d.case_number = k.case_number and d.met_at is null and d.overdue_at is not null
            where k.overdue_open = 1 and (cast(:town as varchar(64)) is null or k.town_code = :town)
            order by d.due_at, k.case_number
            """)
        .param("town", townCode)
        .query(rs -> {
          String caseNumber = rs.getString("case_number");
          OverdueCase known = cases.get(caseNumber);
          if (known != null) {
            known.overdueStages().add(rs.getString("deadline_stage"));
          } else if (cases.size() < limit) {
            List<String> stages = new ArrayList<>(List.of(rs.getString("deadline_stage")));
            cases.put(caseNumber, new OverdueCase(caseNumber, rs.getString("title"), rs.getString("town_code"),
                rs.getString("grid_code"), rs.getString("department"), rs.getString("category"),
                rs.getString("channel"), rs.getString("stage"), rs.getBoolean("flagged"), stages,
                rs.getObject("due_at", OffsetDateTime.class), rs.getString("process_instance_id")));
          }
        });
    return List.copyOf(cases.values());
  }

  /** Every town of the directory with its open overdue cases (zero included), county by county. */
  public List<TownOverdue> byTown() {
    return jdbc.sql("""
            select t.code, t.name, t.county_code, c.name as county_name,
              coalesce(o.overdue, 0) as overdue, coalesce(o.flagged, 0) as flagged
            from dir_town t
              join dir_county c on c.code = t.county_code
              left join (select town_code, count(*) as overdue, sum(flagged_cases) as flagged
                         from kpi_case where overdue_open = 1 group by town_code) o on o.town_code = t.code
            order by t.county_code, t.code
            """)
        .query((rs, row) -> new TownOverdue(rs.getString("code"), rs.getString("name"), rs.getString("county_code"),
            rs.getString("county_name"), rs.getLong("overdue"), rs.getLong("flagged")))
        .list();
  }
}
