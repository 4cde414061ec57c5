package io.gridcase.directory;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Lets Camunda accept the directory's ids. Out of the box Camunda allows only {@code [a-zA-Z0-9]+}
 * for user and group ids, which rejects {@code chen.jianguo}, {@code grid-workers} and
 * {@code center-JM-PJ-HUANSHI}. This pattern adds {@code . _ -} between letters and digits.
 */
@Component
public class IdentityIdPatternPlugin extends AbstractProcessEnginePlugin {

  public static final String ID_PATTERN = "[a-zA-Z0-9]+([._-][a-zA-Z0-9]+)*|camunda-admin";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setUserResourceWhitelistPattern(ID_PATTERN);
    configuration.setGroupResourceWhitelistPattern(ID_PATTERN);
  }
}
