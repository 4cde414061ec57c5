package io.gridcase.intake;

import io.gridcase.casefile.CaseClock;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Duration;
import java.time.OffsetDateTime;

/** Checks {@link PlausibleTime} against the case clock, the clock that stamps the report. */
public class PlausibleTimeValidator implements ConstraintValidator<PlausibleTime, OffsetDateTime> {

  static final String EARLIEST = "2000-01-01T00:00:00Z";
  static final long CLOCK_SKEW_MINUTES = 5;

  private static final OffsetDateTime FIRST = OffsetDateTime.parse(EARLIEST);

  private final CaseClock clock;

  public PlausibleTimeValidator(CaseClock clock) {
    this.clock = clock;
  }

  @Override
  public boolean isValid(OffsetDateTime value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    OffsetDateTime latest = clock.now().plus(Duration.ofMinutes(CLOCK_SKEW_MINUTES));
    return !value.isBefore(FIRST) && !value.isAfter(latest);
  }
}
