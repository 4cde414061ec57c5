package io.gridcase.intake;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * A problem reported through a channel: what integrators post to {@code /api/cases} and what the
 * start form in Tasklist collects. The constraints here are the intake rules for both.
 */
public record CaseReport(
    @NotNull(message = "must be one of HOTLINE_12345, POLICE_110_NONEMERGENCY, PETITION, GRID_REPORT, SME_PLATFORM, IOT_ALERT, ONLINE_DISPUTE, WALK_IN")
        @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
        Channel channel,
    @Size(max = 128) @Pattern(regexp = "[\\w.:/-]+", message = "letters, digits and . : / - _ only")
        String externalId,
    @PlainText @Size(max = 40) String category,
    @PlainText @NotBlank @Size(max = 200) String title,
    @PlainText @NotBlank @Size(max = 4000) String description,
    @NotNull @Valid Location location,
    @Valid ReporterContact reporter,
    @Valid EnterpriseInfo enterprise,
    Boolean overseasChinese,
    @Schema(
            type = "string",
            format = "date-time",
            description = "When the problem happened: ISO 8601 text with an offset (not a number), from 2000-01-01T00:00:00Z"
                + " up to now, at most 5 minutes ahead for the sender's clock.",
            example = "2026-11-20T09:30:00+08:00")
        @PlausibleTime
        OffsetDateTime occurredAt,
    @Schema(description = "The sensor that raised an IoT alert: while a case of the same channel and sensor is open, the alert"
            + " is added to it (200, attachedToOpenCase) instead of opening another (ADR 19).")
        @Size(max = 128) @Pattern(regexp = "[\\w.:/-]+", message = "letters, digits and . : / - _ only")
        String sensorId,
    @Schema(description = "The other side of a dispute (被申请人, ADR 26): kept as a party of the case, told of each mediation"
            + " step like the reporter (the applicant); its contact is masked like the reporter's.")
        @Valid RespondentContact respondent) {

  /** A report that names no respondent. */
  public CaseReport(Channel channel, String externalId, String category, String title, String description,
      Location location, ReporterContact reporter, EnterpriseInfo enterprise, Boolean overseasChinese,
      OffsetDateTime occurredAt, String sensorId) {
    this(channel, externalId, category, title, description, location, reporter, enterprise, overseasChinese, occurredAt,
        sensorId, null);
  }

  /** A report from no sensor. */
  public CaseReport(Channel channel, String externalId, String category, String title, String description,
      Location location, ReporterContact reporter, EnterpriseInfo enterprise, Boolean overseasChinese,
      OffsetDateTime occurredAt) {
    this(channel, externalId, category, title, description, location, reporter, enterprise, overseasChinese, occurredAt,
        null);
  }

  /** Where: a grid code, or a point the directory places in the grid whose boundary holds it (or the nearest, ADR 16). */
  public record Location(
      @PlainText @Size(max = 64) String gridCode,
      @DecimalMin("-90") @DecimalMax("90") Double lat,
      @DecimalMin("-180") @DecimalMax("180") Double lng,
      @PlainText @Size(max = 300) String address) {

    @JsonIgnore
    @Schema(hidden = true)
    @AssertTrue(message = "give gridCode, or lat and lng")
    public boolean isGridCodeOrLatLng() {
      return (gridCode != null && !gridCode.isBlank()) || (lat != null && lng != null);
    }
  }

  /** How to reach the reporter; anonymous reports may leave it out. */
  public record ReporterContact(
      @PlainText @Size(max = 100) String name,
      @Size(max = 40) @Pattern(regexp = "\\+?[0-9][0-9 -]{2,38}", message = "digits, spaces, - and a leading + only")
          String phone,
      @PlainText @Size(max = 200) @Email String email,
      boolean anonymous) {}

  /** The respondent of a dispute (被申请人): who, how to reach them, and who they are (no ID numbers). */
  public record RespondentContact(
      @PlainText @NotBlank @Size(max = 100) String name,
      @Size(max = 40) @Pattern(regexp = "\\+?[0-9][0-9 -]{2,38}", message = "digits, spaces, - and a leading + only")
          String phone,
      @PlainText @Size(max = 200) @Email String email,
      @PlainText @Size(max = 500) String description) {}

  /** The business behind an SME complaint; the credit code is China's 18-character 统一社会信用代码. */
  public record EnterpriseInfo(
      @PlainText @NotBlank @Size(max = 200) String name,
      @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}", message = "must be an 18-character unified social credit code")
          String creditCode) {}

  @JsonIgnore
  public boolean isOverseasChinese() {
    return Boolean.TRUE.equals(overseasChinese);
  }
}
