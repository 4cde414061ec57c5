package io.gridcase.intake;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** Reads the report a clerk typed into the {@code report-case} start form in Tasklist. */
public final class StartFormReport {

  /** The reporter's contact details: kept in the case record, never in the engine's history. */
  public static final List<String> CONTACT_FIELDS = List.of("reporterName", "reporterPhone", "reporterEmail",
      "respondentName", "respondentPhone", "respondentEmail", "respondentDescription");

  /** The form's fields; only the case number and routing facts stay on the instance. */
  public static final List<String> FIELDS =
      Stream.concat(
              CONTACT_FIELDS.stream(),
              Stream.of(
                  "channel", "reportedCategory", "title", "description", "gridCode", "address", "anonymous",
                  "enterpriseName", "enterpriseCreditCode", "overseasChinese"))
          .toList();

  private StartFormReport() {}

  /**
   * The report from the form's fields as the start form left them ({@code field} gives a field's
   * value by name): untyped, maybe missing, maybe blank.
   */
  public static CaseReport read(Function<String, Object> field) {
    Fields form = new Fields(field);
    String enterpriseName = form.text("enterpriseName");
    String respondentName = form.text("respondentName");
    return new CaseReport(
        channel(form.text("channel")),
        null,
        form.text("reportedCategory"),
        form.text("title"),
        form.text("description"),
        new CaseReport.Location(form.text("gridCode"), null, null, form.text("address")),
        new CaseReport.ReporterContact(
            form.text("reporterName"),
            form.text("reporterPhone"),
            form.text("reporterEmail"),
            form.flag("anonymous")),
        enterpriseName == null
            ? null
            : new CaseReport.EnterpriseInfo(enterpriseName, form.text("enterpriseCreditCode")),
        form.flag("overseasChinese"),
        null,
        null,
        respondentName == null && form.text("respondentPhone") == null && form.text("respondentEmail") == null
            ? null
            : new CaseReport.RespondentContact(respondentName, form.text("respondentPhone"), form.text("respondentEmail"),
                form.text("respondentDescription")));
  }

  private record Fields(Function<String, Object> field) {

    String text(String name) {
      Object value = field.apply(name);
      return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    boolean flag(String name) {
      return Boolean.TRUE.equals(field.apply(name));
    }
  }

  private static Channel channel(String value) {
    try {
      return value == null ? null : Channel.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new UnknownReferenceException("channel", value, "未知渠道 unknown channel: " + value);
    }
  }
}
