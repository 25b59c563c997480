package org.collectivehealing.workflow.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Creates users, groups and memberships only where they are missing, so start-up can run any number of times. */
@Component
public class UserAccounts {

  private final IdentityService identityService;

  public UserAccounts(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** @return true when the user was created, false when it existed (its password is then left alone) */
  public boolean createIfMissing(String id, String password, String firstName, String lastName, String email) {
    if (identityService.createUserQuery().userId(id).count() > 0) {
      return false;
    }
    User user = identityService.newUser(id);
    user.setPassword(password);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(email);
    identityService.saveUser(user);
    return true;
  }

  public void createGroupIfMissing(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    }
  }

  public void addToGroup(String userId, String groupId) {
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }

  public void addToSite(String userId, String tenantId) {
    if (identityService.createTenantQuery().tenantId(tenantId).userMember(userId).count() == 0) {
      identityService.createTenantUserMembership(tenantId, userId);
    }
  }
}
