package org.collectivehealing.workflow.notification;

import org.collectivehealing.workflow.identity.RoleGroup;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * chw.notifications: the sender's address, the domain of message ids, the address users reach the application
 * at (mails link to Tasklist and the command board there), the group that marks command staff on call and how
 * many tasks a digest lists per section before it points to Tasklist for the rest. The mail server itself is
 * Spring's spring.mail.* (host, port, username, password).
 */
@ConfigurationProperties("chw.notifications")
public record NotificationProperties(String from, String messageIdDomain, String publicUrl, String onCallGroup,
    int digestTasksListed) implements RoleGroup {

  @Override
  public String roleGroupId() {
    return onCallGroup;
  }

  @Override
  public String roleGroupName() {
    return "On call (command)";
  }

  String tasklist() {
    return publicUrl + "/camunda/app/tasklist/";
  }

  /** One task in Tasklist; the id alone says nothing of the case. */
  String task(String taskId) {
    return publicUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  String commandBoard() {
    return publicUrl + "/camunda/app/cockpit/default/#/command-board";
  }
}
