package org.collectivehealing.workflow.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine's authorization manager is ours, and it keeps the same groups the engine's own query keeps: the
 * user's groups that hold any authorization (grant or revoke), nothing else.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:probing-authorizations;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
class ProbingAuthorizationManagerTest {

  @Autowired
  ProcessEngineConfigurationImpl engine;
  @Autowired
  AuthorizationService authorizations;
  @Autowired
  IdentityService identity;
  @Autowired
  TaskService tasks;

  private final List<String> created = new ArrayList<>();

  @AfterEach
  void removeWhatTheTestMade() {
    identity.clearAuthentication();
    created.forEach(id -> {
      if (authorizations.createAuthorizationQuery().authorizationId(id).count() > 0) {
        authorizations.deleteAuthorization(id);
      }
    });
    tasks.createTaskQuery().taskName("Probe task").list().forEach(t -> tasks.deleteTask(t.getId(), true));
  }

  @Test
  void theEngineUsesOurManager() {
    AuthorizationManager manager = engine.getCommandExecutorTxRequired()
        .execute(context -> context.getAuthorizationManager());
    assertThat(manager).isInstanceOf(ProbingAuthorizationManager.class);
  }

  @Test
  void itKeepsTheGroupsTheEnginesOwnQueryKeeps() {
    created.add(grant(Authorization.AUTH_TYPE_REVOKE, "only-revoked", Resources.FILTER, "*", Permissions.READ));
    List<String> asked = Arrays.asList("victim-services", "police", "only-revoked", "no-authorizations",
        "victim-services");
    Set<String> expected = new HashSet<>(engine.getCommandExecutorTxRequired().execute(context -> context
        .getDbEntityManager().<String>selectList("selectAuthorizedGroupIds")));
    expected.retainAll(asked);

    List<String> kept = filter(asked);

    assertThat(kept).containsExactlyInAnyOrderElementsOf(expected)
        .containsExactlyInAnyOrder("victim-services", "police", "only-revoked");
    // a null group matches no authorization row; the engine's query would have carried it along harmlessly
    assertThat(filter(Arrays.asList(null, "police"))).containsExactly("police");
    assertThat(filter(List.of())).isEmpty();
    assertThat(filter(null)).isEmpty();
  }

  @Test
  void aGrantMadeInOneCommandCountsInTheNext() {
    // a group the identity service does not know yet: creating one would grant it READ on itself at once
    try {
      assertThat(filter(List.of("probe-group"))).isEmpty();
      Task task = tasks.newTask();
      task.setName("Probe task");
      tasks.saveTask(task);
      created.add(grant(Authorization.AUTH_TYPE_GRANT, "probe-group", Resources.TASK, task.getId(),
          Permissions.READ));

      assertThat(filter(List.of("probe-group"))).containsExactly("probe-group");
      identity.setAuthentication("someone-new", List.of("probe-group"));
      assertThat(tasks.createTaskQuery().taskName("Probe task").list()).extracting(Task::getId)
          .containsExactly(task.getId());
    } finally {
      identity.clearAuthentication();
    }
  }

  private List<String> filter(List<String> groups) {
    return engine.getCommandExecutorTxRequired()
        .execute(context -> context.getAuthorizationManager().filterAuthenticatedGroupIds(groups));
  }

  private String grant(int type, String group, Resources resource, String resourceId, Permissions permission) {
    Authorization authorization = authorizations.createNewAuthorization(type);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    return authorizations.saveAuthorization(authorization).getId();
  }
}
