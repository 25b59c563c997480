package org.collectivehealing.workflow.identity;

import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.collectivehealing.workflow.startup.StartupStep;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the role groups features need ({@link RoleGroup}) when they are missing. */
@Component
@Order(210)
public class CreateRoleGroupsStep implements StartupStep {

  private final UserAccounts accounts;
  private final List<RoleGroup> groups;

  public CreateRoleGroupsStep(UserAccounts accounts, List<RoleGroup> groups) {
    this.accounts = accounts;
    this.groups = groups;
  }

  @Override
  public void run() {
    groups.forEach(group -> accounts.createGroupIfMissing(group.roleGroupId(), group.roleGroupName(),
        Groups.GROUP_TYPE_SYSTEM));
  }
}
