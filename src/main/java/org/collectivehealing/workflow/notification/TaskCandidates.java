package org.collectivehealing.workflow.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.collectivehealing.workflow.security.AsTheSystem;
import org.springframework.stereotype.Component;

/** Who a task's mail goes to: the users of its candidate groups at its site who have an address. */
@Component
class TaskCandidates {

  private final IdentityService identity;
  private final AsTheSystem system;

  TaskCandidates(IdentityService identity, AsTheSystem system) {
    this.identity = identity;
    this.system = system;
  }

  /** Whoever's command created the task: a caseworker may not read other users' accounts. */
  List<User> withAddress(DelegateTask task) {
    Map<String, User> users = new LinkedHashMap<>();
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        members(link.getGroupId(), task.getTenantId()).forEach(user -> users.putIfAbsent(user.getId(), user));
      }
    }
    return users.values().stream().filter(TaskCandidates::hasAddress).toList();
  }

  static boolean hasAddress(User user) {
    return user.getEmail() != null && !user.getEmail().isBlank();
  }

  List<User> members(String group, String site) {
    return system.run(() -> identity.createUserQuery().memberOfGroup(group).memberOfTenant(site).list());
  }
}
