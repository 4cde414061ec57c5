package io.gridcase.sla;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * How much more time a stage may get, from {@code decisions/extension-limit.dmn} (latest deployed
 * version): the longest single extension and how many a stage may have, per deadline profile and
 * stage.
 */
@Component
public class ExtensionLimits {

  public static final String EXTEND_BY = "extendBy";

  /** Days, hours and minutes only: what the calendar counts (working days for some profiles). */
  private static final Pattern DURATION = Pattern.compile("P(?:(\\d{1,9})D)?(?:T(?=\\d)(?:(\\d{1,9})H)?(?:(\\d{1,9})M)?)?");

  /** One row of the decision. */
  public record Limit(String maxExtendBy, Duration longest, int maxExtensions) {}

  private final ExtensionLimitRules rules;

  public ExtensionLimits(ExtensionLimitRules rules) {
    this.rules = rules;
  }

  /** The row for a profile and stage; empty when the stage may not be extended. */
  public Optional<Limit> of(String slaProfile, Stage stage) {
    Map<String, Object> row = rules.limit(slaProfile, stage);
    if (row == null) {
      return Optional.empty();
    }
    String max = (String) row.get("maxExtendBy");
    return Optional.of(new Limit(max, parse(max), ((Number) row.get("maxExtensions")).intValue()));
  }

  /**
   * Refuses an extension the decision does not allow: a stage without a row, or more than its
   * longest extension. Returns the row.
   */
  public Limit check(String slaProfile, Stage stage, String extendBy) {
    Duration asked = parse(extendBy);
    Limit limit = of(slaProfile, stage).orElseThrow(() -> new InvalidExtensionException("stage",
        "%s 阶段不可延期 / the %s stage of a %s case may not be extended".formatted(stage.label(), stage, slaProfile)));
    if (asked.compareTo(limit.longest()) > 0) {
      throw new InvalidExtensionException(EXTEND_BY, "每次最多延长 %s / at most %s at a time for the %s stage of a %s case"
          .formatted(limit.maxExtendBy(), limit.maxExtendBy(), stage, slaProfile));
    }
    return limit;
  }

  /**
   * An extension as ISO 8601 days, hours and minutes ({@code P2D}, {@code PT4H}, {@code P1DT12H}),
   * a day counted as 24 hours for comparison.
   *
   * @throws InvalidExtensionException when it is not such a duration or not longer than zero
   */
  public static Duration parse(String extendBy) {
    Matcher m = extendBy == null ? null : DURATION.matcher(extendBy.strip());
    if (m == null || !m.matches() || extendBy.strip().equals("P")) {
      throw new InvalidExtensionException(EXTEND_BY,
          "须为以天、小时、分钟表示的 ISO 8601 时长，如 P2D、PT4H / must be an ISO 8601 duration in days, hours and minutes, e.g. P2D or PT4H");
    }
    Duration duration = Duration.ofDays(number(m.group(1))).plusHours(number(m.group(2))).plusMinutes(number(m.group(3)));
    if (duration.isZero()) {
      throw new InvalidExtensionException(EXTEND_BY, "须长于零 / must be longer than zero");
    }
    return duration;
  }

  private static long number(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }
}
