package org.collectivehealing.workflow.notification;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
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

  private final IdentityService identityService;
  private final NotificationProperties properties;

  public CreateOnCallGroupStep(IdentityService identityService, NotificationProperties properties) {
    this.identityService = identityService;
    this.properties = properties;
  }

  @Override
  public void run() {
    if (identityService.createGroupQuery().groupId(properties.onCallGroup()).count() == 0) {
      Group group = identityService.newGroup(properties.onCallGroup());
      group.setName("On call (command)");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identityService.saveGroup(group);
    }
  }
}
