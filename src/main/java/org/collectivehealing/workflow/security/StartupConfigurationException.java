package org.collectivehealing.workflow.security;

/** A configuration mistake an operator must fix before the application can start. */
public class StartupConfigurationException extends RuntimeException {

  private final String action;

  public StartupConfigurationException(String description, String action) {
    super(description);
    this.action = action;
  }

  public String getAction() {
    return action;
  }
}
