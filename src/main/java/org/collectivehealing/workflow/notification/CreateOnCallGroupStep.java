package org.collectivehealing.workflow.notification;

import org.camunda.bpm.engine.authorization.Groups;
import org.collectivehealing.workflow.identity.UserAccounts;
import org.collectivehealing.workflow.startup.StartupStep;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the on-call group when it is missing: administrators put the command staff on call into it in the
 * Admin webapp (and take them out). It grants nothing; it only says whom the level-3 alert reaches first.
 */
@Component
@Order(210)
public class CreateOnCallGroupStep implements StartupStep {

  private final UserAccounts accounts;
  private final NotificationProperties properties;

  public CreateOnCallGroupStep(UserAccounts accounts, NotificationProperties properties) {
    this.accounts = accounts;
    this.properties = properties;
  }

  @Override
  public void run() {
    accounts.createGroupIfMissing(properties.onCallGroup(), "On call (command)", Groups.GROUP_TYPE_SYSTEM);
  }
}
