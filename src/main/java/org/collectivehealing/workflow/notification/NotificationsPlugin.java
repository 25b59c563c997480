package org.collectivehealing.workflow.notification;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Registers the job that delivers queued mail ({@link DeliverMailJobHandler}). */
@Component
public class NotificationsPlugin extends AbstractProcessEnginePlugin {

  private final MailOutbox outbox;

  public NotificationsPlugin(MailOutbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomJobHandlers() == null) {
      configuration.setCustomJobHandlers(new ArrayList<>());
    }
    configuration.getCustomJobHandlers().add(new DeliverMailJobHandler(outbox));
  }
}
