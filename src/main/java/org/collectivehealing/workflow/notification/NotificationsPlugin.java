package org.collectivehealing.workflow.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
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
    // a new list: where none is set, Camunda answers null and Operaton an unmodifiable empty list
    List<JobHandler> handlers = new ArrayList<>();
    if (configuration.getCustomJobHandlers() != null) {
      handlers.addAll(configuration.getCustomJobHandlers());
    }
    handlers.add(new DeliverMailJobHandler(outbox));
    configuration.setCustomJobHandlers(handlers);
  }
}
