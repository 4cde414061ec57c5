package io.gridcase.support;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Moves the engine clock (and with it the case record's clock) for deadline tests. */
public final class EngineClock {

  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private EngineClock() {}

  /** Sets the clock to a wall-clock time in China. */
  public static OffsetDateTime setTo(LocalDateTime chinaTime) {
    OffsetDateTime at = chinaTime.atZone(CHINA).toOffsetDateTime();
    ClockUtil.setCurrentTime(Date.from(at.toInstant()));
    return at;
  }

  public static void advance(Duration by) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + by.toMillis()));
  }

  public static void reset() {
    ClockUtil.reset();
  }

  /** {@code @ExtendWith(EngineClock.Reset.class)}: the clock is back to real time after each test. */
  public static final class Reset implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
      reset();
    }
  }
}
