package org.collectivehealing.workflow.guard;

import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The authenticated user behind an outermost command: a REST caller or a webapp user.
 *
 * @param administrator a member of the administrators' group, who may repair cases but never rewrite what the
 *     system owns
 */
record Caller(String userId, List<String> groups, boolean administrator) {

  static Caller of(Authentication authentication, String adminGroup) {
    List<String> groups = authentication.getGroupIds() == null ? List.of() : List.copyOf(authentication.getGroupIds());
    return new Caller(authentication.getUserId(), groups, groups.contains(adminGroup));
  }
}
