package io.gridcase.casefile;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/**
 * The time the case record uses: the engine's clock ({@link EngineTime}), so that tests which move
 * the engine clock to fire timers see consistent timestamps.
 */
@Component
public class CaseClock {

  private final EngineTime engineTime;

  public CaseClock(EngineTime engineTime) {
    this.engineTime = engineTime;
  }

  public OffsetDateTime now() {
    return engineTime.now().atOffset(ZoneOffset.UTC);
  }
}
