package org.collectivehealing.workflow.notification;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.collectivehealing.workflow.identity.IdentityProperties;
import org.springframework.stereotype.Component;

/**
 * Tells command staff on call that an incident is at the highest activation level. The model says when
 * (incident-response, "Review activation level and tracks": when the decision proposes it and when command
 * confirms it); this bean says to whom: the task's candidates at the site who are also in the on-call group,
 * or, with nobody of the site marked on call, all of them. Once per incident and person.
 */
@Component("alertOnCallCommand")
public class AlertOnCallCommand {

  static final String SUBJECT = "Activation level 3: ";

  private final MailOutbox outbox;
  private final TaskCandidates candidates;
  private final NotificationProperties properties;
  private final IdentityProperties identity;

  AlertOnCallCommand(MailOutbox outbox, TaskCandidates candidates, NotificationProperties properties,
      IdentityProperties identity) {
    this.outbox = outbox;
    this.candidates = candidates;
    this.properties = properties;
    this.identity = identity;
  }

  /** @return whether any alert was queued now (true also lets the model's expression read as a condition) */
  public boolean alert(DelegateTask task) {
    if (!outbox.isOn() || task.getTenantId() == null) {
      return false;
    }
    String site = task.getTenantId();
    List<User> command = candidates.withAddress(task);
    Set<String> onCall = candidates.members(properties.onCallGroup(), site).stream().map(User::getId)
        .collect(Collectors.toSet());
    List<User> marked = command.stream().filter(user -> onCall.contains(user.getId())).toList();
    String incident = task.getExecution().getProcessBusinessKey();
    String body = "Incident " + incident + " (" + task.getVariable("incidentType") + ", "
        + identity.siteName(site) + ") is at activation level 3.\n\nCommand board: "
        + properties.commandBoard() + "\nTasklist: " + properties.tasklist() + "\n\nSign in for the details.";
    boolean queued = false;
    for (User person : marked.isEmpty() ? command : marked) {
      queued |= outbox.queue("level-3:" + task.getProcessInstanceId() + ":" + person.getId(), person.getEmail(),
          SUBJECT + incident, body, task.getExecution());
    }
    return queued;
  }
}
