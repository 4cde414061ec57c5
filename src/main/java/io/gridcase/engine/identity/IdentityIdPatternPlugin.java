package io.gridcase.engine.identity;

import io.gridcase.directory.DirectoryGroups;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Lets Camunda accept the directory's ids. Out of the box Camunda allows only {@code [a-zA-Z0-9]+}
 * for user and group ids, which rejects {@code chen.jianguo}, {@code grid-workers} and
 * {@code center-JM-PJ-HUANSHI}. The directory's pattern ({@code DirectoryGroups.ID_PATTERN}) adds {@code . _ -} between letters and digits.
 */
@Component
public class IdentityIdPatternPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setUserResourceWhitelistPattern(DirectoryGroups.ID_PATTERN);
    configuration.setGroupResourceWhitelistPattern(DirectoryGroups.ID_PATTERN);
  }
}
