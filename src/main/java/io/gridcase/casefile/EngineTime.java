package io.gridcase.casefile;

import java.time.Instant;

/**
 * Port to the engine room: the engine's clock, which tests move to fire timers. Implemented by
 * {@code engine.EngineClockTime}.
 */
public interface EngineTime {

  Instant now();
}
