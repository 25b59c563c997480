package org.collectivehealing.workflow.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.collectivehealing.workflow.reporting.FiscalQuarter;
import org.collectivehealing.workflow.reporting.PmtQuarterlyReport;
import org.collectivehealing.workflow.reporting.PmtReportCsv;
import org.collectivehealing.workflow.reporting.ReportRow;
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
  @Autowired
  PmtQuarterlyReport report;

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
    assertTheQuarterlyReportCountsTheVictimsAndNamesNoOne();
  }

  /**
   * What the advocates recorded in the forms reaches the OVC report: the incident (12 June 2026) falls in FY2026
   * Q3, where the three victims are new; their 30- and 90-day follow-ups in Q4, where they continue.
   */
  private void assertTheQuarterlyReportCountsTheVictimsAndNamesNoOne() {
    Map<String, Number> q3 = values(report.rows("houston", new FiscalQuarter(2026, 3), 0));
    assertThat(q3).containsEntry("victims-served/new", 3L).containsEntry("victims-served/continuing", 0L)
        .containsEntry("race-ethnicity/black-or-african-american", 3L).containsEntry("gender-identity/female", 3L)
        .containsEntry("age/25-59", 3L).containsEntry("victimization-type/adult-physical-assault", 3L)
        .containsEntry("service/information-and-referral", 3L).containsEntry("service/emotional-support-or-safety", 3L)
        .containsEntry("service/compensation-application-assisted", 3L)
        .containsEntry("local/notification-done", 1L).containsEntry("local/notification-deadline-met", 1L)
        .containsEntry("local/first-advocate-contact-done", 3L)
        .containsEntry("local/first-advocate-contact-deadline-missed", 0L)
        .containsEntry("local/rights-notice-done", 3L).containsEntry("local/rights-notice-deadline-met", 3L);
    assertThat(q3.get("local/referrals-made").longValue()).isPositive()
        .isEqualTo(q3.get("local/referrals-accepted").longValue());
    assertThat(q3.get("local/first-advocate-contact-hours-from-report-median").doubleValue()).isBetween(0.0, 24.0);
    Map<String, Number> q4 = values(report.rows("houston", new FiscalQuarter(2026, 4), 0));
    assertThat(q4).containsEntry("victims-served/new", 0L).containsEntry("victims-served/continuing", 3L)
        .containsEntry("race-ethnicity/black-or-african-american", 0L)
        .containsEntry("service/emotional-support-or-safety", 3L);
    assertThat(values(report.rows("oakland", new FiscalQuarter(2026, 3), 0)))
        .containsEntry("victims-served/total", 0L);
    assertThat(PmtReportCsv.write("houston", new FiscalQuarter(2026, 3), report.rows("houston",
        new FiscalQuarter(2026, 3), 0))).doesNotContain(HoustonShooting.LAST_NAME, HoustonShooting.FIRST_NAME,
        HoustonShooting.PHONE, "HOU-", "-houston");
  }

  private static Map<String, Number> values(List<ReportRow> rows) {
    Map<String, Number> values = new HashMap<>();
    rows.forEach(row -> values.put(row.section() + "/" + row.item(), row.value()));
    return values;
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
