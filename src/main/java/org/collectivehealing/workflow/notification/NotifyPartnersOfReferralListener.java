package org.collectivehealing.workflow.notification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * A new referral waits for a community partner (partner-referral, "Accept or decline referral"): each caseworker
 * of the task's candidate groups at the site is told that one awaits the agency, and where. The mail says
 * nothing of the victim, the need or the case: the partner reads those in Tasklist, signed in.
 */
@Component
public class NotifyPartnersOfReferralListener implements TaskListener {

  static final String SUBJECT = "A referral awaits your answer";

  private final MailOutbox outbox;
  private final TaskCandidates candidates;
  private final NotificationProperties properties;

  NotifyPartnersOfReferralListener(MailOutbox outbox, TaskCandidates candidates, NotificationProperties properties) {
    this.outbox = outbox;
    this.candidates = candidates;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!outbox.isOn() || task.getTenantId() == null) {
      return;
    }
    String body = "A new referral awaits your agency's answer in Tasklist, in the queue \"Community partners: "
        + "open\":\n\n" + properties.tasklist() + "\n\nSign in to read it. Please answer by the due date it "
        + "shows; unanswered, it goes back to the victim's advocate.\n\nThis mail carries no details of the "
        + "referral on purpose; do not reply to it.";
    for (User partner : candidates.withAddress(task)) {
      outbox.queue("referral:" + task.getId() + ":" + partner.getId(), partner.getEmail(), SUBJECT, body,
          task.getExecution());
    }
  }
}
