package org.collectivehealing.workflow.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * chw.notifications: the sender's address, the domain of message ids, the address users reach the application
 * at (mails link to Tasklist and the command board there) and the group that marks command staff on call. The
 * mail server itself is Spring's spring.mail.* (host, port, username, password).
 */
@ConfigurationProperties("chw.notifications")
public record NotificationProperties(String from, String messageIdDomain, String publicUrl, String onCallGroup) {

  String tasklist() {
    return publicUrl + "/camunda/app/tasklist/";
  }

  String commandBoard() {
    return publicUrl + "/camunda/app/cockpit/default/#/command-board";
  }
}
