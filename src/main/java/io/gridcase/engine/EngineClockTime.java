package io.gridcase.engine;

import io.gridcase.casefile.EngineTime;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * {@link EngineTime} (the port of {@code casefile}): the engine's clock. {@link ClockUtil} is
 * engine internals, but the only clock the engine's timers and tests agree on.
 */
@Component
public class EngineClockTime implements EngineTime {

  @Override
  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
