package org.collectivehealing.workflow.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Houston shooting ({@link HoustonShooting}) from report to closure in the running application, every
 * form filled through the engine API under the permissions of the user who does it. The browser walk
 * ({@code IncidentWalkBrowserIT}) runs the same script through Tasklist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
    "spring.datasource.url=jdbc:h2:mem:scenario;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
class HoustonShootingScenarioTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  FormService formService;
  @Autowired
  IdentityService identityService;
  @Autowired
  RepositoryService repositoryService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void oneIncidentRunsThroughEveryTrackAndEveryCaseEnds() {
    ClockUtil.setCurrentTime(Date.from(HoustonShooting.reportedAt()));
    HoustonShooting scenario = new HoustonShooting(engine);

    String incidentId = reportIncident();
    scenario.runToEnd(incidentId, scenario::completeThroughApi);

    scenario.assertOutcome(incidentId);
  }

  private String reportIncident() {
    identityService.setAuthentication("commander-houston", List.of("command"), List.of("houston"));
    try {
      String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("incident-response")
          .latestVersion().singleResult().getId();
      ProcessInstance incident = formService.submitStartForm(definitionId, new HashMap<>(HoustonShooting.report()));
      assertThat(incident.getTenantId()).isEqualTo("houston");
      return incident.getId();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
