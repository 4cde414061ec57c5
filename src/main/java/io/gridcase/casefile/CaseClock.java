package io.gridcase.casefile;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The time the case record uses: the engine's clock, so that tests which move the engine clock
 * to fire timers see consistent timestamps. The only use of engine internals in the code base.
 */
@Component
public class CaseClock {

  public OffsetDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
  }
}
