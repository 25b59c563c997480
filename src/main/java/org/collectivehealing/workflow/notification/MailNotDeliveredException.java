package org.collectivehealing.workflow.notification;

/** The mail server refused or could not be reached; the delivery job fails and is retried. */
public class MailNotDeliveredException extends RuntimeException {

  public MailNotDeliveredException(String message, Throwable cause) {
    super(message, cause);
  }
}
