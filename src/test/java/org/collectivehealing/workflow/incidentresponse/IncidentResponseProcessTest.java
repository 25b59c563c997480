package org.collectivehealing.workflow.incidentresponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Date;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"processes/incident-response.bpmn", "forms/report-incident.form",
    "forms/convene-partners.form"})
class IncidentResponseProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("process-test-engine.cfg.xml")
      .assertClassCoverageAtLeast(0.9).build();

  ProcessEngine processEngine;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void reportedIncidentAsksCommandToConvenePartnersWithin12Hours() {
    Date reported = new Date(1_790_000_000_000L);
    ClockUtil.setCurrentTime(reported);

    ProcessInstance incident = runtimeService().startProcessInstanceByKey("incident-response", report());

    assertThat(incident).isWaitingAt("UserTask_ConvenePartners");
    Task convene = task(incident);
    assertThat(convene).hasCandidateGroup("command").hasName("Convene response partners");
    assertThat(convene.getDueDate()).isEqualTo(Date.from(reported.toInstant().plus(12, ChronoUnit.HOURS)));

    complete(convene, withVariables("convenedAt", "2026-11-26T10:00+00:00", "partnersPresent",
        List.of("police", "victim-services"), "agreements", "Police lead notification; advocates on site by 14:00"));

    assertThat(incident).hasPassed("UserTask_ConvenePartners").isEnded();
    assertThat(incident).hasPassedInOrder("StartEvent_IncidentReported", "UserTask_ConvenePartners",
        "EndEvent_ResponseUnderWay");
  }

  @Test
  void startFormAndTaskFormResolveWithinTheDeployment() throws IOException {
    FormService forms = processEngine.getFormService();
    String definitionId = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("incident-response").singleResult().getId();
    assertThat(read(forms.getDeployedStartForm(definitionId))).contains("\"Form_ReportIncident\"");

    ProcessInstance incident = runtimeService().startProcessInstanceByKey("incident-response", report());
    assertThat(read(forms.getDeployedTaskForm(task(incident).getId()))).contains("\"Form_ConvenePartners\"");
  }

  @Test
  void aReportThatBreaksItsFormIsRefusedAndNothingStarts() {
    Map<String, Object> report = report();
    report.put("fatalities", -1L);
    report.remove("place");
    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey("incident-response", report))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("'People killed' (fatalities) must be at least 0")
        .hasMessageContaining("'Where it happened' (place) is required");
    assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }

  static Map<String, Object> report() {
    return new HashMap<>(withVariables("site", "houston", "incidentType", "officer-involved-shooting",
        "occurredAt", "2026-11-26T09:30+00:00", "place", "5th and Main", "fatalities", 1L, "injured", 2L,
        "officersInvolved", 2L, "communityTension", "high", "mediaInterest", "national",
        "summary", "Shots fired during a traffic stop"));
  }

  private static String read(InputStream form) throws IOException {
    try (form) {
      return new String(form.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
