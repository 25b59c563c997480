package org.collectivehealing.workflow.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** What the running application deploys: the whole process suite, in one deployment whose forms resolve. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:quickstart;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
class DeployedModelsTest {

  static final Set<String> PROCESSES = Set.of("incident-response", "victim-support", "victims-rights-notice",
      "partner-referral", "officer-wellness", "community-engagement", "overdue-digest");
  static final Set<String> DECISIONS = Set.of("activation-level", "rights-notice", "referral-routing",
      "wellness-path", "information-release");

  @Autowired
  RepositoryService repositoryService;
  @Autowired
  FormService formService;

  @Test
  void theProcessSuiteAndTheFiveDecisionsAreDeployedTogether() {
    Deployment deployment = repositoryService.createDeploymentQuery().deploymentName("collective-healing")
        .singleResult();
    assertThat(repositoryService.createProcessDefinitionQuery().deploymentId(deployment.getId()).list())
        .extracting(ProcessDefinition::getKey).containsExactlyInAnyOrderElementsOf(PROCESSES);
    assertThat(repositoryService.createDecisionDefinitionQuery().deploymentId(deployment.getId()).list())
        .extracting("key").containsExactlyInAnyOrderElementsOf(DECISIONS);
  }

  @Test
  void everyFormReferenceResolvesInTheDeployedApplication() throws IOException {
    Deployment deployment = repositoryService.createDeploymentQuery().deploymentName("collective-healing")
        .singleResult();
    Set<String> deployedForms = new HashSet<>();
    ObjectMapper json = new ObjectMapper();
    for (String resource : repositoryService.getDeploymentResourceNames(deployment.getId())) {
      if (resource.endsWith(".form")) {
        try (InputStream form = repositoryService.getResourceAsStream(deployment.getId(), resource)) {
          deployedForms.add(json.readTree(form).path("id").asText());
        }
      }
    }

    int references = 0;
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery()
        .deploymentId(deployment.getId()).list()) {
      BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
      List<String> formRefs = new ArrayList<>();
      model.getModelElementsByType(UserTask.class).forEach(task -> formRefs.add(task.getCamundaFormRef()));
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() != null) {
          formRefs.add(start.getCamundaFormRef());
          // the engine itself resolves the start form, as Tasklist asks it to
          try (InputStream form = formService.getDeployedStartForm(definition.getId())) {
            assertThat(new String(form.readAllBytes())).contains(start.getCamundaFormRef());
          }
        }
      }
      for (String formRef : formRefs) {
        assertThat(formRef).as(definition.getKey() + " has a user task without a form").isNotNull();
        assertThat(deployedForms).as(definition.getKey() + " refers to " + formRef).contains(formRef);
        references++;
      }
    }
    assertThat(references).isGreaterThan(50);
  }
}
