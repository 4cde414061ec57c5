package io.gridcase.intake;

import java.util.List;
import java.util.stream.Stream;
import io.gridcase.process.Variables;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the report a clerk typed into the {@code report-case} start form in Tasklist. */
public final class StartFormReport {

  /** The reporter's contact details: kept in the case record, never in the engine's history. */
  public static final List<String> CONTACT_FIELDS = List.of("reporterName", "reporterPhone", "reporterEmail");

  /** The form's fields; only the case number and routing facts stay on the instance. */
  public static final List<String> FIELDS =
      Stream.concat(
              CONTACT_FIELDS.stream(),
              Stream.of(
                  "channel", "reportedCategory", "title", "description", "gridCode", "address", "anonymous",
                  "enterpriseName", "enterpriseCreditCode", "overseasChinese"))
          .toList();

  private StartFormReport() {}

  public static CaseReport read(VariableScope form) {
    String enterpriseName = Variables.text(form, "enterpriseName");
    return new CaseReport(
        channel(Variables.text(form, "channel")),
        null,
        Variables.text(form, "reportedCategory"),
        Variables.text(form, "title"),
        Variables.text(form, "description"),
        new CaseReport.Location(Variables.text(form, "gridCode"), null, null, Variables.text(form, "address")),
        new CaseReport.ReporterContact(
            Variables.text(form, "reporterName"),
            Variables.text(form, "reporterPhone"),
            Variables.text(form, "reporterEmail"),
            Variables.flag(form, "anonymous")),
        enterpriseName == null
            ? null
            : new CaseReport.EnterpriseInfo(enterpriseName, Variables.text(form, "enterpriseCreditCode")),
        Variables.flag(form, "overseasChinese"),
        null);
  }

  private static Channel channel(String value) {
    try {
      return value == null ? null : Channel.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new UnknownReferenceException("channel", value, "未知渠道 unknown channel: " + value);
    }
  }
}
