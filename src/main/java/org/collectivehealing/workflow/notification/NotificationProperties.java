package org.collectivehealing.workflow.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * chw.notifications: the sender's address, the domain of message ids, and the Tasklist address mails point to.
 * The mail server itself is Spring's spring.mail.* (host, port, username, password).
 */
@ConfigurationProperties("chw.notifications")
public record NotificationProperties(String from, String messageIdDomain, String tasklistUrl) {
}
