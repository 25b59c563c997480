package org.collectivehealing.workflow.authorization;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Installs the {@link ProbingAuthorizationManager} in place of the engine's own: a custom session factory for
 * {@link AuthorizationManager} replaces the default one when the engine builds its session factories.
 */
@Component
public class ProbeAuthorizedGroupsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(new GenericManagerFactory(AuthorizationManager.class) {
      @Override
      public Session openSession() {
        return new ProbingAuthorizationManager();
      }
    });
  }
}
