package org.collectivehealing.workflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.collectivehealing.workflow.scenario.HoustonShooting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A caseworker gives back a task they claimed, and it is in their agency's queue again; a colleague of the same
 * agency cannot unclaim it for them, nor can they hand it to someone else (both need TASK_ASSIGN).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
    "spring.datasource.url=jdbc:h2:mem:unclaim;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
class UnclaimOwnTaskTest {

  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;
  @Autowired
  FormService formService;
  @Autowired
  RepositoryService repositoryService;

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void theAssigneeGivesATaskBackAndNobodyElseTakesItAwayWithoutTaskAssign() {
    Task task = aCommandTaskAtHouston();
    as("commander-houston");
    taskService.claim(task.getId(), "commander-houston");

    as("other-commander-houston");
    assertThatThrownBy(() -> taskService.setAssignee(task.getId(), null)).as("a colleague unclaims it")
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> taskService.setAssignee(task.getId(), "other-commander-houston"))
        .as("a colleague takes it over").isInstanceOf(AuthorizationException.class);
    assertThat(assigneeOf(task)).isEqualTo("commander-houston");

    as("commander-houston");
    assertThatThrownBy(() -> taskService.setAssignee(task.getId(), "other-commander-houston"))
        .as("the assignee hands it to someone").isInstanceOf(AuthorizationException.class);
    taskService.setAssignee(task.getId(), null);
    assertThat(assigneeOf(task)).as("given back").isNull();
    assertThat(taskService.createTaskQuery().taskId(task.getId()).taskCandidateGroup("command").count())
        .as("in the command queue again").isEqualTo(1);

    as("other-commander-houston");
    taskService.claim(task.getId(), "other-commander-houston");
    assertThat(assigneeOf(task)).as("claimed by the colleague").isEqualTo("other-commander-houston");
  }

  private Task aCommandTaskAtHouston() {
    as("commander-houston");
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("incident-response")
        .latestVersion().singleResult().getId();
    String incident = formService.submitStartForm(definitionId, new HashMap<>(HoustonShooting.report())).getId();
    identityService.clearAuthentication();
    if (identityService.createUserQuery().userId("other-commander-houston").count() == 0) {
      identityService.saveUser(identityService.newUser("other-commander-houston"));
      identityService.createMembership("other-commander-houston", "command");
      identityService.createTenantUserMembership("houston", "other-commander-houston");
    }
    return taskService.createTaskQuery().processInstanceId(incident).taskCandidateGroup("command").list().get(0);
  }

  private String assigneeOf(Task task) {
    identityService.clearAuthentication();
    return taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
  }

  private void as(String user) {
    identityService.setAuthentication(user, List.of("command"), List.of("houston"));
  }
}
