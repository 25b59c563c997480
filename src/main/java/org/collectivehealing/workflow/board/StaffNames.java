package org.collectivehealing.workflow.board;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The names of the people holding tasks, for a board that says "Dana Reyes", not "officer-houston". Commanders
 * are not granted to read user accounts (that would show them every site's staff), so the names are looked up
 * without the authorization check, and only for the holders of tasks the caller was allowed to see.
 */
@Component
class StaffNames {

  Map<String, String> of(ProcessEngine engine, Collection<String> userIds) {
    Set<String> ids = userIds.stream().filter(id -> id != null).collect(Collectors.toSet());
    Map<String, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
      for (User user : engine.getIdentityService().createUserQuery().userIdIn(ids.toArray(String[]::new))
          .list()) {
        names.put(user.getId(), fullName(user));
      }
      return null;
    }));
    ids.forEach(id -> names.putIfAbsent(id, id));
    return names;
  }

  private static String fullName(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? user.getId() : name;
  }
}
