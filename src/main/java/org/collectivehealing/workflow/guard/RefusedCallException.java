package org.collectivehealing.workflow.guard;

import org.camunda.bpm.engine.BadUserRequestException;

/** A call refused for what it carries (400): the message says what and why, never the values. */
public class RefusedCallException extends BadUserRequestException {

  public RefusedCallException(String message) {
    super(message);
  }
}
