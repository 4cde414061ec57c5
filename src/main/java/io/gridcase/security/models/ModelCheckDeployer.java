package io.gridcase.security.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Runs {@link ModelCheck} on every new deployment, before Camunda's own deployers parse it, on
 * every path into the engine: engine REST (Camunda Modeler), the webapps' API, the Java API and the
 * application's auto-deployment all end in the engine's deploy command, which calls the
 * pre-deployers first. A refusal rolls the whole deployment back.
 *
 * <p>Deployments already in the database (loaded again into the cache after a restart) are not
 * judged again: the sandbox holds for them at run time. Camunda offers no public hook before
 * parsing, so this is a pre-deployer ({@code Deployer} and {@code DeploymentEntity} are impl), and
 * the deploying user is read from the command context.
 */
final class ModelCheckDeployer implements Deployer {

  private final ModelCheck check;

  ModelCheckDeployer(ModelCheck check) {
    this.check = check;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    Map<String, byte[]> resources = new LinkedHashMap<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      resources.put(resource.getName(), resource.getBytes());
    }
    boolean byAPerson = Context.getCommandContext() != null && Context.getCommandContext().getAuthenticatedUserId() != null;
    List<String> refusals = check.refusals(resources, byAPerson);
    if (!refusals.isEmpty()) {
      throw new ModelRefusedException(refusals);
    }
  }
}
