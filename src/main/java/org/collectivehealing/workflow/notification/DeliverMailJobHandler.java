package org.collectivehealing.workflow.notification;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/** The engine job that delivers one queued mail (its configuration is the outbox row's id). */
class DeliverMailJobHandler implements JobHandler<DeliverMailJobHandler.QueuedMail> {

  static final String TYPE = "chw-deliver-mail";

  private final MailOutbox outbox;

  DeliverMailJobHandler(MailOutbox outbox) {
    this.outbox = outbox;
  }

  record QueuedMail(String id) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return id;
    }
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(QueuedMail mail, ExecutionEntity execution, CommandContext context, String tenantId) {
    outbox.deliver(mail.id());
  }

  @Override
  public QueuedMail newConfiguration(String canonicalString) {
    return new QueuedMail(canonicalString);
  }

  @Override
  public void onDelete(QueuedMail mail, JobEntity job) {
    // the outbox row stays: it records what was meant to go out
  }
}
