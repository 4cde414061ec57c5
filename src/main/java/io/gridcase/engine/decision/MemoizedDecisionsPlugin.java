package io.gridcase.engine.decision;

import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Gives the engine's DMN engine the {@link MemoizingFeelEngine} (ADR 25), so every evaluation of a
 * decision (business rule tasks, {@code DecisionService}) reuses FEEL results it has already computed
 * for the same text and values. The tables stay FEEL and deployable as before; decision history is
 * written as before. Camunda has no public API for the FEEL engine of the process engine, so this
 * class uses {@code impl} types (as the working-days calendar plugin does). Custom FEEL function
 * providers configured on the engine are handed on to the FEEL engine.
 */
@Component
public class MemoizedDecisionsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
    if (dmn == null) {
      dmn = new DefaultDmnEngineConfiguration();
      configuration.setDmnEngineConfiguration(dmn);
    }
    // the FEEL engine is made when the engine builds its DMN engine, after every plugin's preInit:
    // custom FEEL functions another plugin registers are read then
    dmn.feelEngineFactory(new MemoizingFeelEngineFactory(() -> providers(configuration).createInstance()));
  }

  private static ScalaFeelEngineFactory providers(ProcessEngineConfigurationImpl configuration) {
    return configuration.getDmnFeelCustomFunctionProviders() == null ? new ScalaFeelEngineFactory()
        : new ScalaFeelEngineFactory(configuration.getDmnFeelCustomFunctionProviders());
  }
}
