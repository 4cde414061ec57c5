package io.gridcase.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code case_record} rows. Every change runs in the caller's transaction. */
@Repository
public class CaseRecords {

  /**
   * A case with its rejection count (退单次数), derived from its order rows: the rows of
   * {@code case_department} are the one place that count is kept (ADR 15).
   */
  private static final String SELECT =
      "select r.*, (select coalesce(sum(d.rejections), 0) from case_department d"
          + " where d.case_number = r.case_number) as rejection_count from case_record r";

  private final JdbcClient jdbc;
  private final CaseRows rows;

  public CaseRecords(JdbcClient jdbc, CaseRows rows) {
    this.jdbc = jdbc;
    this.rows = rows;
  }

  public void insert(CaseRecord c) {
    jdbc.sql(
            """
            insert into case_record (case_number, channel, external_id, title, description,
              reported_category, grid_code, town_code, county_code, address, lat, lng,
              reporter_name, reporter_phone, reporter_email, anonymous,
              enterprise_name, enterprise_credit_code, overseas_chinese,
              occurred_at, reported_at, status, stage, reopen_count)
            values (:caseNumber, :channel, :externalId, :title, :description,
              :reportedCategory, :gridCode, :townCode, :countyCode, :address, :lat, :lng,
              :reporterName, :reporterPhone, :reporterEmail, :anonymous,
              :enterpriseName, :enterpriseCreditCode, :overseasChinese,
              :occurredAt, :reportedAt, :status, :stage, 0)
            """)
        .param("caseNumber", c.caseNumber())
        .param("channel", c.channel())
        .param("externalId", c.externalId())
        .param("title", c.title())
        .param("description", c.description())
        .param("reportedCategory", c.reportedCategory())
        .param("gridCode", c.place().gridCode())
        .param("townCode", c.place().townCode())
        .param("countyCode", c.place().countyCode())
        .param("address", c.place().address())
        .param("lat", c.place().lat())
        .param("lng", c.place().lng())
        .param("reporterName", c.reporter().name())
        .param("reporterPhone", c.reporter().phone())
        .param("reporterEmail", c.reporter().email())
        .param("anonymous", c.reporter().anonymous())
        .param("enterpriseName", c.isSme() ? c.enterprise().name() : null)
        .param("enterpriseCreditCode", c.isSme() ? c.enterprise().creditCode() : null)
        .param("overseasChinese", c.overseasChinese())
        .param("occurredAt", c.occurredAt())
        .param("reportedAt", c.reportedAt())
        .param("status", c.status().name())
        .param("stage", c.stage().name())
        .update();
    rows.created(c.caseNumber());
  }

  /** The case, read once per transaction ({@link CaseRows}). */
  public Optional<CaseRecord> find(String caseNumber) {
    return rows.read(caseNumber, CaseRows.Table.CASE_RECORD, "by number", () -> jdbc.sql(SELECT + " where case_number = ?")
        .param(caseNumber)
        .query(CaseRecords::map)
        .optional());
  }

  /**
   * Takes the case row for this transaction ({@code select … for update}) before its first change
   * of the case; every change through the repositories does it already ({@link CaseRows#lock}).
   */
  public void lock(String caseNumber) {
    rows.lock(caseNumber);
  }

  public CaseRecord get(String caseNumber) {
    return find(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
  }

  public Optional<CaseRecord> findByExternalId(String channel, String externalId) {
    return jdbc.sql(SELECT + " where channel = ? and external_id = ?")
        .params(channel, externalId)
        .query(CaseRecords::map)
        .optional();
  }

  public CasePage search(CaseQuery query) {
    var where = new StringBuilder(" where 1 = 1");
    var params = new LinkedHashMap<String, Object>();
    addFilter(where, params, "status", query.status());
    addFilter(where, params, "town_code", query.town());
    addFilter(where, params, "channel", query.channel());
    addFilter(where, params, "grid_code", query.grid());
    if (query.department() != null) {
      where.append(
          " and case_number in (select case_number from case_department where department = :department)");
      params.put("department", query.department());
    }
    long total = jdbc.sql("select count(*) from case_record" + where).params(params).query(Long.class).single();
    List<CaseRecord> cases =
        jdbc.sql(
                SELECT + where
                    + " order by reported_at desc, case_number desc limit :limit offset :offset")
            .params(params)
            .param("limit", query.size())
            .param("offset", (long) query.page() * query.size())
            .query(CaseRecords::map)
            .list();
    return new CasePage(cases, query.page(), query.size(), total);
  }

  private static void addFilter(
      StringBuilder where, Map<String, Object> params, String column, String value) {
    if (value != null) {
      where.append(" and ").append(column).append(" = :").append(column);
      params.put(column, value);
    }
  }

  /**
   * Binds the case to its lifecycle instance, once: answers false, changing nothing, when the case
   * already has one (or names no case).
   */
  public boolean attachProcessInstance(String caseNumber, String processInstanceId) {
    rows.change(caseNumber, CaseRows.Table.CASE_RECORD);
    return jdbc.sql("update case_record set process_instance_id = ? where case_number = ? and process_instance_id is null")
        .params(processInstanceId, caseNumber)
        .update() == 1;
  }

  public void enterStage(String caseNumber, CaseStage stage) {
    update("update case_record set stage = ? where case_number = ?", stage.name(), caseNumber);
  }

  public void recordTriage(String caseNumber, String category, String priority, String slaProfile) {
    update(
        "update case_record set category = ?, priority = ?, sla_profile = ? where case_number = ?",
        category, priority, slaProfile, caseNumber);
  }

  public void recordDispatch(String caseNumber, String leadDepartment, OffsetDateTime at) {
    update(
        "update case_record set lead_department = ?, dispatched_at = coalesce(dispatched_at, ?) where case_number = ?",
        leadDepartment, at, caseNumber);
  }

  public void recordLeadDepartment(String caseNumber, String leadDepartment) {
    update("update case_record set lead_department = ? where case_number = ?", leadDepartment, caseNumber);
  }

  public void recordOutcome(String caseNumber, String outcome, String resultSummary) {
    update(
        "update case_record set outcome = ?, result_summary = ? where case_number = ?",
        outcome, resultSummary, caseNumber);
  }

  public void recordSatisfaction(String caseNumber, String satisfaction) {
    update("update case_record set satisfaction = ? where case_number = ?", satisfaction, caseNumber);
  }

  public void reopen(String caseNumber) {
    update(
        "update case_record set reopen_count = reopen_count + 1, outcome = null, result_summary = null"
            + " where case_number = ?",
        caseNumber);
  }

  /** Three times over a deadline: the case is flagged for the supervisors. */
  public void flag(String caseNumber) {
    update("update case_record set flagged = true where case_number = ?", caseNumber);
  }

  public void finish(String caseNumber, CaseStatus status, CaseStage stage, OffsetDateTime at) {
    update(
        "update case_record set status = ?, stage = ?, closed_at = ? where case_number = ?",
        status.name(), stage.name(), at, caseNumber);
  }

  private void update(String sql, Object... params) {
    this.rows.change((String) params[params.length - 1], CaseRows.Table.CASE_RECORD);
    int rows = jdbc.sql(sql).params(params).update();
    if (rows != 1) {
      throw new CaseNotFoundException((String) params[params.length - 1]);
    }
  }

  private static CaseRecord map(ResultSet rs, int row) throws SQLException {
    String enterpriseName = rs.getString("enterprise_name");
    return new CaseRecord(
        rs.getString("case_number"),
        rs.getString("channel"),
        rs.getString("external_id"),
        rs.getString("title"),
        rs.getString("description"),
        rs.getString("reported_category"),
        rs.getString("category"),
        rs.getString("priority"),
        rs.getString("sla_profile"),
        new CaseRecord.Place(
            rs.getString("grid_code"),
            rs.getString("town_code"),
            rs.getString("county_code"),
            rs.getString("address"),
            rs.getObject("lat", Double.class),
            rs.getObject("lng", Double.class)),
        new Reporter(
            rs.getString("reporter_name"),
            rs.getString("reporter_phone"),
            rs.getString("reporter_email"),
            rs.getBoolean("anonymous")),
        enterpriseName == null ? null : new Enterprise(enterpriseName, rs.getString("enterprise_credit_code")),
        rs.getBoolean("overseas_chinese"),
        rs.getObject("occurred_at", OffsetDateTime.class),
        rs.getObject("reported_at", OffsetDateTime.class),
        CaseStatus.valueOf(rs.getString("status")),
        CaseStage.valueOf(rs.getString("stage")),
        rs.getString("lead_department"),
        rs.getString("outcome"),
        rs.getString("result_summary"),
        rs.getString("satisfaction"),
        rs.getInt("reopen_count"),
        rs.getInt("rejection_count"),
        rs.getObject("dispatched_at", OffsetDateTime.class),
        rs.getObject("closed_at", OffsetDateTime.class),
        rs.getString("process_instance_id"),
        rs.getBoolean("flagged"));
  }
}
