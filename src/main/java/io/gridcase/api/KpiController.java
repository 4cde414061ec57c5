package io.gridcase.api;

import io.gridcase.intake.Channel;
import io.gridcase.metrics.Counter;
import io.gridcase.metrics.Dimension;
import io.gridcase.metrics.KpiCases;
import io.gridcase.metrics.Kpi;
import io.gridcase.metrics.KpiLimits;
import io.gridcase.metrics.KpiReport;
import io.gridcase.metrics.KpiRequestException;
import io.gridcase.metrics.Kpis;
import io.gridcase.metrics.OverdueCases;
import io.gridcase.metrics.TimelyAcceptance;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The supervisors' figures for the dashboard and for spreadsheets. */
@RestController
@Tag(name = "kpis", description = "考核指标 KPIs: closure, response, on-time, satisfaction, reopen, rejection, 3x overdue")
public class KpiController {

  static final String CSV = "text/csv";
  private static final String COCKPIT = "/camunda/app/cockpit/default/#/process-instance/%s/runtime";
  private static final String CASE_PAGE = "/case/";
  /** A directory code as the filters take it (HRSS, JM-PJ-HUANSHI, WAGE_ARREARS). */
  private static final String CODE = "[A-Za-z0-9_-]+";

  private final Kpis kpis;
  private final OverdueCases overdue;
  private final KpiLimits limits;
  private final KpiCases cases;
  private final CaseLabels labels;
  private final TimelyAcceptance timelyAcceptance;

  public KpiController(
      Kpis kpis, OverdueCases overdue, KpiLimits limits, KpiCases cases, CaseLabels labels, TimelyAcceptance timelyAcceptance) {
    this.kpis = kpis;
    this.overdue = overdue;
    this.limits = limits;
    this.cases = cases;
    this.labels = labels;
    this.timelyAcceptance = timelyAcceptance;
  }

  @GetMapping(value = "/api/kpis", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "KPIs of the cases reported in a period (办结率, 响应率, 按时率, 满意率, 重办率, 退单率, 超时三倍)",
      description = """
          Every figure counts the cases reported from `from` to `to` (both days included, China time; default the last
          30 days), as they stand now. closureRate = closed / (closed + open cases past their 办结 deadline);
          responseRate = 签收回复 deadlines met on time / those met or passed; planOnTimeRate and doneOnTimeRate likewise
          for 提出方案 and 办结; satisfactionRate = 满意 + 基本满意 / revisited (latest answer); reopenRate = reopened at
          least once / revisited; rejectionRate = rejected at least once / dispatched; flaggedCases = cases three times
          over a deadline; timelyAcceptanceRate (及时受理率) = sign-for tasks and the center's own tasks completed by
          their due date / those completed or past due. Deadlines of every handling round count. A figure is null when nothing was due. Targets
          come from decisions/kpi-targets.dmn. groupBy: department (the lead department; dispatched, rejected and
          rejections by each department's own orders, so a rejection counts for the department that rejected), town, grid, category, channel,
          day or month. Send Accept: text/csv (or call /api/kpis.csv) for CSV. 400 naming from, to or groupBy when the
          period is outside the limits of /api/kpis/limits (gridcase.kpis.*): dates from earliestDate to latestDate,
          from <= to, at most maxDays days, at most maxGroups day or month groups.""")
  public KpiReport report(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @Parameter(description = "department | town | grid | category | channel | day | month") @RequestParam(required = false) String groupBy) {
    KpiLimits.Span span = limits.span(from, to, kpis.today());
    return timelyAcceptance.addTo(kpis.report(span.from(), span.to(), Kpis.GroupBy.parse(groupBy)));
  }

  @GetMapping(value = "/api/kpis", produces = CSV)
  @Operation(summary = "The same KPIs as CSV (UTF-8 with BOM, for Excel)")
  public ResponseEntity<String> csv(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String groupBy) {
    KpiReport report = report(from, to, groupBy);
    StringBuilder csv = new StringBuilder("\uFEFF");
    // headers in Chinese for the people who open it in Excel; the JSON keeps the English names
    List<String> header = new ArrayList<>(List.of("编码", "名称"));
    for (Kpi kpi : Kpi.values()) {
      header.add(kpi.label());
      header.add(kpi.label() + "目标");
    }
    header.add(TimelyAcceptance.LABEL);
    header.add(TimelyAcceptance.LABEL + "目标");
    for (Counter counter : Counter.values()) {
      header.add(counter.label());
    }
    csv.append(String.join(",", header)).append("\r\n");
    List<KpiReport.Group> rows = new ArrayList<>(List.of(report.total()));
    rows.addAll(report.groups());
    for (KpiReport.Group group : rows) {
      List<String> cells = new ArrayList<>(List.of(cell(group.key()), cell(group.name())));
      for (Kpi kpi : Kpi.values()) {
        KpiReport.Figure figure = group.figures().get(kpi.key());
        cells.add(figure.value() == null ? "" : figure.value().toString());
        cells.add(figure.target() == null ? "" : figure.target().toString());
      }
      KpiReport.Figure timely = group.figures().get(TimelyAcceptance.KEY);
      cells.add(timely.value() == null ? "" : timely.value().toString());
      cells.add(timely.target() == null ? "" : timely.target().toString());
      group.counts().values().forEach(count -> cells.add(count.toString()));
      csv.append(String.join(",", cells)).append("\r\n");
    }
    String file = "kpis-%s-%s%s.csv".formatted(report.from(), report.to(),
        "none".equals(report.groupBy()) ? "" : "-by-" + report.groupBy());
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + file + "\"")
        .body(csv.toString());
  }

  @GetMapping(value = "/api/kpis.csv", produces = CSV)
  @Operation(summary = "The KPIs as CSV, for a link in a browser")
  public ResponseEntity<String> csvFile(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String groupBy) {
    return csv(from, to, groupBy);
  }

  @GetMapping("/api/kpis/limits")
  @Operation(summary = "What a request for figures may ask (gridcase.kpis.*): the dashboard's date pickers follow it")
  public KpiLimits limits() {
    return limits;
  }

  /** An overdue case with its link to Cockpit, its case page and the names of its codes. */
  public record OverdueCaseView(
      OverdueCases.OverdueCase overdue, String cockpitUrl, String caseUrl, String townName, String departmentName,
      String categoryLabel) {}

  @GetMapping("/api/kpis/overdue-cases")
  @Operation(summary = "Open cases past a deadline, longest overdue first, each linked to its instance in Cockpit")
  public List<OverdueCaseView> overdueCases(
      @RequestParam(required = false) String town,
      @Parameter(description = "how many cases at most, 1 to 1000") @RequestParam(defaultValue = "100") @Min(1) @Max(1000)
          int limit) {
    return overdue.list(town, limit).stream()
        .map(c -> new OverdueCaseView(c, c.processInstanceId() == null ? null : COCKPIT.formatted(c.processInstanceId()),
            CASE_PAGE + c.caseNumber(), labels.town(c.townCode()), departmentName(c.department()), categoryName(c.category())))
        .toList();
  }

  /** A case behind a figure, named for people, linked to its case page. */
  public record FigureCase(
      String caseNumber, String title, LocalDate reportDay, String departmentName, String townName, String gridName,
      String categoryLabel, String channelLabel, String stageLabel, String statusLabel, boolean flagged,
      @Schema(description = "counts for the figure's numerator (closed, on time, satisfied, rejected …)") boolean counted,
      String caseUrl) {}

  @Schema(description = "The cases behind a figure: a rate's denominator (counted marks its numerator), a count's cases")
  public record FigureCases(
      String figure, String figureLabel, LocalDate from, LocalDate to, long total, int page, int size, List<FigureCase> cases) {}

  @GetMapping("/api/kpis/cases")
  @Operation(
      summary = "The cases behind a figure of the dashboard (drill-down), newest first",
      description = """
          figure: a KPI key (closureRate, responseRate, planOnTimeRate, doneOnTimeRate, satisfactionRate, reopenRate,
          rejectionRate, flaggedCases) or a counter (cases, closed, overdueOpen, dueOpen, cancelled, dispatched, rejected …).
          A rate lists the cases of its denominator, each with counted = whether it counts for the numerator; counted=false
          lists those that miss it. Same period and limits as /api/kpis; department as the department figures count it
          (the lead, or for 退单率 and dispatched/rejected the department's own orders). 400 naming the field.""")
  public FigureCases figureCases(
      @RequestParam(required = false) String figure,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) @Size(max = 64) @Pattern(regexp = CODE) String department,
      @RequestParam(required = false) @Size(max = 64) @Pattern(regexp = CODE) String town,
      @RequestParam(required = false) @Size(max = 64) @Pattern(regexp = CODE) String grid,
      @RequestParam(required = false) @Size(max = 64) @Pattern(regexp = CODE) String category,
      @RequestParam(required = false) Channel channel,
      @RequestParam(required = false) Boolean counted,
      @Parameter(description = "0 to 10000") @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @Parameter(description = "1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    KpiCases.Figure asked = KpiCases.Figure.parse(figure);
    KpiLimits.Span span = limits.span(from, to, kpis.today());
    limits.check(span.from(), span.to(), Kpis.GroupBy.NONE);
    var found = cases.list(asked, new KpiCases.Filter(span.from(), span.to(), department, town, grid, category,
        channel == null ? null : channel.name(), counted), page, size);
    return new FigureCases(asked.key(), asked.label(), span.from(), span.to(), found.total(), found.page(), found.size(),
        found.rows().stream().map(row -> new FigureCase(row.caseNumber(), row.title(), row.reportDay(),
            departmentName(row.department()), labels.town(row.town()), labels.grid(row.grid()), categoryName(row.category()),
            labels.channel(row.channel()), labels.stage(row.stage()), labels.status(row.status()), row.flagged(),
            row.counted(), CASE_PAGE + row.caseNumber())).toList());
  }

  private String departmentName(String code) {
    return code == null || Dimension.NONE.equals(code) ? "未派单" : labels.department(code);
  }

  private String categoryName(String code) {
    return code == null || Dimension.NONE.equals(code) ? "未分类" : labels.category(code);
  }

  @GetMapping("/api/kpis/overdue-towns")
  @Operation(summary = "Every town with its open overdue and flagged cases (the dashboard's town map)")
  public List<OverdueCases.TownOverdue> overdueTowns() {
    return overdue.byTown();
  }

  /** A CSV cell, quoted when it holds a comma, a quote or a line break. */
  static String cell(String value) {
    if (value == null) {
      return "";
    }
    return value.matches("(?s).*[\",\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }

  @ExceptionHandler(KpiRequestException.class)
  ResponseEntity<ProblemDetail> outOfLimits(KpiRequestException e) {
    return badRequest(e.field(), e.reason());
  }

  @ExceptionHandler({MethodArgumentTypeMismatchException.class, DateTimeParseException.class})
  ResponseEntity<ProblemDetail> unreadable(Exception e) {
    if (e instanceof MethodArgumentTypeMismatchException mismatch) {
      return badRequest(mismatch.getName(), "不是有效的值 / not a valid value (%s)".formatted(mismatch.getValue()));
    }
    return badRequest("parameter", e.getMessage());
  }

  /** 400 as the rest of /api answers it: a problem body naming the field under errors. */
  private static ResponseEntity<ProblemDetail> badRequest(String field, String message) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + ": " + message);
    problem.setTitle("Bad request");
    problem.setProperty("errors", List.of(new ApiExceptionHandler.FieldError(field, message)));
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
