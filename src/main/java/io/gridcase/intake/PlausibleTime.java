package io.gridcase.intake;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * When a reported problem happened: not before {@value PlausibleTimeValidator#EARLIEST} (an older
 * date is a typing or conversion error, e.g. year 0 or 1970 from a missing value) and not after
 * the case clock's now plus {@value PlausibleTimeValidator#CLOCK_SKEW_MINUTES} minutes (the
 * sender's clock may run a little ahead). Null is allowed.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleTimeValidator.class)
public @interface PlausibleTime {

  String message() default
      "须在 2000-01-01 至当前时间之间 / must be from " + PlausibleTimeValidator.EARLIEST + " up to now (at most "
          + PlausibleTimeValidator.CLOCK_SKEW_MINUTES + " minutes ahead)";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
