package org.collectivehealing.workflow.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.collectivehealing.workflow.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Logins, sessions and retention as configured for every profile. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:quickstart;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
class SecurityBasicsTest {

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  ServletContext servletContext;

  @Test
  void aFailedLoginHoldsBackTheNextAttemptEvenWithTheRightPassword() throws InterruptedException {
    Http http = new Http(port);
    // a user no other test logs in as
    assertThat(http.webappLogin("tasklist", "partner-baton-rouge", "guess").statusCode()).isEqualTo(401);
    assertThat(new Http(port).webappLogin("tasklist", "partner-baton-rouge", "partner-baton-rouge").statusCode())
        .as("right password, but too soon after a failure").isEqualTo(401);
    assertThat(new Http(port).get("/engine-rest/task", "partner-baton-rouge").statusCode())
        .as("the REST API honours the same delay").isEqualTo(401);
    Thread.sleep(3500);
    assertThat(new Http(port).webappLogin("tasklist", "partner-baton-rouge", "partner-baton-rouge").statusCode())
        .isEqualTo(200);
  }

  @Test
  void webappSessionsTimeOutAfterThirtyIdleMinutes() {
    assertThat(servletContext.getSessionTimeout()).isEqualTo(30);
  }

  @Test
  void historyExpiresAndIsCleanedUpEveryNight() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(repositoryService.createProcessDefinitionQuery().list())
        .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isPositive());
    assertThat(repositoryService.createDecisionDefinitionQuery().list())
        .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isPositive());
  }
}
