package org.collectivehealing.workflow.notification;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.collectivehealing.workflow.security.AsTheSystem;
import org.springframework.stereotype.Component;

/**
 * A new referral waits for a community partner (partner-referral, "Accept or decline referral"): each partner
 * caseworker of the site with an address in their profile is told that one awaits the agency, and where. The
 * mail says nothing of the victim, the need or the case: the partner reads those in Tasklist, signed in.
 */
@Component
public class NotifyPartnersOfReferralListener implements TaskListener {

  static final String SUBJECT = "A referral awaits your answer";

  private final MailOutbox outbox;
  private final IdentityService identity;
  private final AsTheSystem system;
  private final NotificationProperties properties;

  NotifyPartnersOfReferralListener(MailOutbox outbox, IdentityService identity, AsTheSystem system,
      NotificationProperties properties) {
    this.outbox = outbox;
    this.identity = identity;
    this.system = system;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!outbox.isOn() || task.getTenantId() == null) {
      return;
    }
    // the partners' accounts, whoever's command created the task: a caseworker may not read other users
    List<User> partners = system.run(() -> identity.createUserQuery().memberOfGroup("community-partners")
        .memberOfTenant(task.getTenantId()).list());
    String body = "A new referral awaits your agency's answer in Tasklist, in the queue \"Community partners: "
        + "open\":\n\n" + properties.tasklistUrl() + "\n\nSign in to read it. Please answer by the due date it "
        + "shows; unanswered, it goes back to the victim's advocate.\n\nThis mail carries no details of the "
        + "referral on purpose; do not reply to it.";
    for (User partner : partners) {
      if (partner.getEmail() != null && !partner.getEmail().isBlank()) {
        outbox.queue("referral:" + task.getId() + ":" + partner.getId(), partner.getEmail(), SUBJECT, body,
            task.getExecution());
      }
    }
  }
}
