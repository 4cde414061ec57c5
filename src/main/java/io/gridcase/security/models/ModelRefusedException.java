package io.gridcase.security.models;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A deployment that {@link ModelCheck} refuses. A {@link BadUserRequestException}, so the engine
 * REST API answers 400; {@link DeploymentRefusalFilter} turns that answer into a problem body.
 */
public class ModelRefusedException extends BadUserRequestException {

  static final String PREFIX = "部署被拒绝 / Deployment refused (" + ModelCheck.ADR + "): ";

  ModelRefusedException(List<String> refusals) {
    super(PREFIX + String.join("; ", refusals));
  }
}
