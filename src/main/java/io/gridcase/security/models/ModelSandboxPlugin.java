package io.gridcase.security.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Makes deployments no code-execution path (docs/adr/0014-models-are-code.md). Before the engine
 * initialises it installs
 *
 * <ul>
 *   <li>the {@link SandboxExpressionManager} in place of Camunda's Spring one, for BPMN and for
 *       JUEL in DMN;
 *   <li>a script engine resolver that has no engine: Camunda ships a JUEL script engine whose
 *       scripts see every bean and call any method, and a model may not script at all;
 *   <li>{@link ModelCheckDeployer} as the first deployer, with the ids of the release's models (the
 *       auto-deployment's resource pattern) as what a person may deploy;
 *   <li>DMN without the legacy JUEL defaults, so a decision without a language is FEEL.
 * </ul>
 *
 * The Camunda Spring Boot starter applies every {@code ProcessEnginePlugin} bean; plugins reach
 * the configuration only through {@code org.camunda.bpm.engine.impl}, kept in this class and the
 * two it installs.
 */
@Component
public class ModelSandboxPlugin extends AbstractProcessEnginePlugin {

  private final BeanFactory beans;
  private final ResourcePatternResolver resources;
  private final CamundaBpmProperties camunda;
  private volatile ModelCheck.Keys released;

  public ModelSandboxPlugin(BeanFactory beans, ResourcePatternResolver resources, CamundaBpmProperties camunda) {
    this.beans = beans;
    this.resources = resources;
    this.camunda = camunda;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setExpressionManager(new SandboxExpressionManager(beans::getBean));
    configuration.setScriptEngineResolver(new NoScriptEngines());
    configuration.setEnableFetchScriptEngineFromProcessApplication(false);
    configuration.setDmnFeelEnableLegacyBehavior(false);
    List<Deployer> preDeployers = new ArrayList<>();
    preDeployers.add(new ModelCheckDeployer(new ModelCheck(this::released)));
    if (configuration.getCustomPreDeployers() != null) {
      preDeployers.addAll(configuration.getCustomPreDeployers());
    }
    configuration.setCustomPreDeployers(preDeployers);
  }

  /** The process and decision ids the application deploys itself, read once. */
  ModelCheck.Keys released() {
    ModelCheck.Keys keys = released;
    if (keys == null) {
      Map<String, byte[]> models = new LinkedHashMap<>();
      try {
        for (String pattern : camunda.getDeploymentResourcePattern()) {
          for (Resource model : resources.getResources(pattern)) {
            models.put(model.getFilename(), model.getContentAsByteArray());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      keys = ModelCheck.keys(models);
      released = keys;
    }
    return keys;
  }

  /** No language has an engine; the engine then refuses every script it meets at run time. */
  private static final class NoScriptEngines implements ScriptEngineResolver {

    private final ScriptEngineManager none = new ScriptEngineManager(new ClassLoader(null) { });

    @Override
    public void addScriptEngineFactory(ScriptEngineFactory factory) {
      // none added: no script engine, not even Camunda's JUEL one
    }

    @Override
    public ScriptEngineManager getScriptEngineManager() {
      return none;
    }

    @Override
    public ScriptEngine getScriptEngine(String language, boolean useCache) {
      return null;
    }
  }
}
