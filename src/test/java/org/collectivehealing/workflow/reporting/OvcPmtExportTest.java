package org.collectivehealing.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.collectivehealing.workflow.Http;
import org.collectivehealing.workflow.scenario.FormFiller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The OVC PMT export over HTTP: counts on the federal fiscal year (new once per fiscal year, then continuing;
 * demographics of new victims only), small counts suppressed, a fixed layout in which no row holds a person, and
 * only the site's victim-services supervisors and administrators get it. The records are written as the
 * report's listener writes them; {@code HoustonShootingScenarioTest} checks the listener through the forms.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:ovc-pmt;DB_CLOSE_DELAY=-1", "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OvcPmtExportTest {

  static final String PATH = "/api/reports/ovc-pmt";
  static final String SUPERVISOR = "supervisor-houston";

  @LocalServerPort
  int port;
  @Autowired
  PmtRecords records;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  FormService forms;
  Http http;
  final String amara = UUID.randomUUID().toString();
  final String bruno = UUID.randomUUID().toString();
  final String chen = UUID.randomUUID().toString();
  final String oaklandVictim = UUID.randomUUID().toString();

  @BeforeAll
  void recordThreeHoustonVictimsAndOneInOakland() {
    http = new Http(port);
    records.recordProfile(amara, "houston", profile("black-or-african-american", "female", "25-59",
        List.of("mass-violence", "survivors-of-homicide-victims"), List.of("limited-english-proficiency")));
    serve(amara, "houston", "2026-09-15", "emotional-support-or-safety");
    serve(amara, "houston", "2026-10-20", "information-and-referral");
    serve(amara, "houston", "2027-01-10", "personal-advocacy-and-accompaniment");
    records.recordProfile(bruno, "houston", profile("hispanic-or-latino", "male", "13-17", List.of("mass-violence"),
        List.of()));
    serve(bruno, "houston", "2026-11-05", "information-and-referral", "compensation-application-assisted");
    serve(chen, "houston", "2027-02-01", "emotional-support-or-safety");
    records.recordProfile(oaklandVictim, "oakland", profile("asian", "female", "60-and-older", List.of("homicide"),
        List.of()));
    serve(oaklandVictim, "oakland", "2026-10-10", "information-and-referral");
  }

  @Test
  void aVictimIsNewInTheFirstQuarterServedEachFiscalYearAndContinuingAfter() {
    // FY2026 Q4 (July to September 2026): Amara's first service
    Map<String, String> fy26q4 = values(export(2026, 4, 0));
    assertThat(fy26q4).containsEntry("victims-served/new", "1").containsEntry("victims-served/total", "1")
        .containsEntry("service/emotional-support-or-safety", "1");

    // FY2027 Q1: Amara is new again in the new fiscal year, Bruno new; Oakland's victim is not Houston's
    Map<String, String> q1 = values(export(2027, 1, 0));
    assertThat(q1).containsEntry("victims-served/new", "2").containsEntry("victims-served/continuing", "0")
        .containsEntry("victims-served/total", "2")
        .containsEntry("race-ethnicity/black-or-african-american", "1")
        .containsEntry("race-ethnicity/hispanic-or-latino", "1").containsEntry("race-ethnicity/asian", "0")
        .containsEntry("gender-identity/female", "1").containsEntry("gender-identity/male", "1")
        .containsEntry("age/25-59", "1").containsEntry("age/13-17", "1").containsEntry("age/60-and-older", "0")
        .containsEntry("victimization-type/mass-violence", "2")
        .containsEntry("victimization-type/survivors-of-homicide-victims", "1")
        .containsEntry("special-classification/limited-english-proficiency", "1")
        .containsEntry("service/information-and-referral", "2")
        .containsEntry("service/compensation-application-assisted", "1")
        .containsEntry("service/emotional-support-or-safety", "0");

    // FY2027 Q2: Amara continues (no second "new" in one fiscal year); Chen is new, with no profile recorded
    Map<String, String> q2 = values(export(2027, 2, 0));
    assertThat(q2).containsEntry("victims-served/new", "1").containsEntry("victims-served/continuing", "1")
        .containsEntry("victims-served/total", "2")
        .containsEntry("race-ethnicity/not-reported", "1").containsEntry("race-ethnicity/black-or-african-american", "0")
        .containsEntry("gender-identity/not-reported", "1").containsEntry("age/not-reported", "1")
        .containsEntry("victimization-type/mass-violence", "1")
        .containsEntry("service/personal-advocacy-and-accompaniment", "1")
        .containsEntry("service/emotional-support-or-safety", "1")
        .containsEntry("service/information-and-referral", "0");
  }

  @Test
  void theRightsNoticeCountsAsMetWhenGivenByTheStatesDeadlineAndAsMissedInTheQuarterItFellDue() {
    try {
      ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-10-05T09:00:00Z")));
      String onTime = rightsNotice();
      String late = rightsNotice();
      giveRightsNotice(onTime);
      ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-20T09:00:00Z")));
      giveRightsNotice(late);
    } finally {
      ClockUtil.reset();
    }
    assertThat(values(export(2027, 1, 0))).containsEntry("local/rights-notice-done", "2")
        .containsEntry("local/rights-notice-deadline-met", "1").containsEntry("local/rights-notice-deadline-missed", "1");
    // counted in their own quarter only
    assertThat(values(export(2027, 2, 0))).containsEntry("local/rights-notice-done", "0")
        .containsEntry("local/rights-notice-deadline-missed", "0");
  }

  private String rightsNotice() {
    return runtime.startProcessInstanceByKey("victims-rights-notice", "HOU-2026-0900-V" + UUID.randomUUID(),
        Map.of("site", "houston", "siteState", "TX", "victimCaseNumber", "HOU-2026-0900-V1")).getId();
  }

  private void giveRightsNotice(String instance) {
    Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("UserTask_GiveRightsNotice")
        .singleResult();
    forms.submitTaskForm(task.getId(), new FormFiller().fill(forms.getDeployedTaskForm(task.getId()), Map.of(),
        ClockUtil.getCurrentTime().toInstant()));
  }

  @Test
  void smallCountsAreSuppressedByDefaultAndZerosAreShown() {
    HttpResponse<String> response = http.get(PATH + "?site=houston&fiscalYear=2027&quarter=1", SUPERVISOR);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<String[]> rows = rows(response.body());
    String[] total = row(rows, "victims-served", "total");
    assertThat(total[9]).as("2 is below the default threshold of 5").isEmpty();
    assertThat(total[10]).isEqualTo("true");
    String[] shelter = row(rows, "service", "shelter-and-housing");
    assertThat(shelter[9]).isEqualTo("0");
    assertThat(shelter[10]).isEqualTo("false");
    assertThat(rows).allSatisfy(row -> {
      if (!row[9].isEmpty() && row[8].equals("individuals")) {
        assertThat(Long.parseLong(row[9])).as(String.join(",", row)).satisfiesAnyOf(
            count -> assertThat(count).isZero(), count -> assertThat(count).isGreaterThanOrEqualTo(5));
      }
    });
    // a lower threshold chosen by the caller
    assertThat(values(export(2027, 1, 2))).containsEntry("victims-served/total", "2")
        .containsEntry("service/compensation-application-assisted", "");
  }

  @Test
  void everyRowIsACategoryCountAndNoneHoldsAnIndividual() {
    String csv = export(2027, 1, 0);
    List<String[]> rows = rows(csv);
    assertThat(csv.lines().findFirst()).contains(PmtReportCsv.HEADER);
    Map<String, Set<String>> categories = new HashMap<>();
    Stream.concat(Stream.of(PmtCatalogue.RACE_ETHNICITY, PmtCatalogue.GENDER_IDENTITY, PmtCatalogue.AGE,
        PmtCatalogue.VICTIMIZATION_TYPE, PmtCatalogue.SPECIAL_CLASSIFICATION, PmtCatalogue.SERVICE), Stream.empty())
        .forEach(dimension -> categories.put(dimension.section(), dimension.categories().keySet()));
    categories.put("victims-served", Set.of("new", "continuing", "total"));
    for (String[] row : rows) {
      assertThat(row).as(String.join("|", row)).hasSize(11);
      assertThat(row[0]).isEqualTo("houston");
      assertThat(row[9]).as("a count or a median, nothing else").matches("|\\d+(\\.\\d+)?");
      if (row[5].equals("local")) {
        assertThat(row[6]).matches("(notification|first-advocate-contact|rights-notice)-(done|deadline-met|"
            + "deadline-missed|hours-from-report-median)|referrals-(made|accepted)");
      } else {
        assertThat(categories).containsKey(row[5]);
        assertThat(categories.get(row[5])).as(row[5]).contains(row[6]);
      }
    }
    assertThat(csv).doesNotContain(amara).doesNotContain(bruno).doesNotContain(chen).doesNotContain(oaklandVictim);
    // the layout does not depend on the data: a quarter with no one served has the same rows
    List<String[]> empty = rows(export(2031, 3, 0));
    assertThat(empty.stream().map(row -> row[5] + "/" + row[6]).toList())
        .isEqualTo(rows.stream().map(row -> row[5] + "/" + row[6]).toList());
    assertThat(empty).allSatisfy(row -> assertThat(row[9]).isIn("0", ""));
  }

  @Test
  void onlyTheSitesVictimServicesSupervisorsAndAdministratorsGetIt() {
    String query = PATH + "?site=houston&fiscalYear=2027&quarter=1";
    assertThat(http.get(query, "admin").statusCode()).isEqualTo(200);
    refused(http.get(query, null), 401, "Log in");
    for (String user : List.of("advocate-houston", "commander-houston", "officer-houston", "supervisor-oakland")) {
      refused(http.get(query, user), 403, "victim-services-supervisors at houston");
    }
    // a refusal is JSON even for a caller that asks for CSV
    HttpResponse<String> asCsv = http.send("GET", query, "advocate-houston", null, null, Map.of("Accept", "text/csv"));
    assertThat(asCsv.statusCode()).isEqualTo(403);
    assertThat(asCsv.headers().firstValue("Content-Type").orElse("")).contains("json");
    // attackers' spellings reach no report
    HttpResponse<String> slash = http.get(PATH + "/?site=houston&fiscalYear=2027&quarter=1", "advocate-houston");
    assertThat(slash.statusCode()).isIn(403, 404);
    assertThat(slash.body()).doesNotContain("victims-served");
  }

  @Test
  void badParametersAreRefusedWithWhatIsWrong() {
    refused(http.get(PATH + "?site=houston&fiscalYear=2027&quarter=5", SUPERVISOR), 400, "quarter must be 1, 2, 3 or 4");
    refused(http.get(PATH + "?site=houston&fiscalYear=27&quarter=1", SUPERVISOR), 400, "fiscalYear must be a year");
    refused(http.get(PATH + "?site=houston&fiscalYear=next&quarter=1", SUPERVISOR), 400, "fiscalYear");
    refused(http.get(PATH + "?site=nowhere&fiscalYear=2027&quarter=1", SUPERVISOR), 400, "site must be one of");
    refused(http.get(PATH + "?fiscalYear=2027&quarter=1", SUPERVISOR), 400, "site");
    refused(http.get(PATH + "?site=houston&fiscalYear=2027&quarter=1&suppressBelow=-1", SUPERVISOR), 400,
        "suppressBelow must be 0 to 100");
  }

  private String export(int fiscalYear, int quarter, int suppressBelow) {
    HttpResponse<String> response = http.get(PATH + "?site=houston&fiscalYear=" + fiscalYear + "&quarter=" + quarter
        + "&suppressBelow=" + suppressBelow, SUPERVISOR);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
        .contains("ovc-pmt-houston-FY" + fiscalYear + "-Q" + quarter + ".csv");
    return response.body();
  }

  private static void refused(HttpResponse<String> response, int status, String saying) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("json");
    assertThat(response.body()).contains(saying);
  }

  /** section/item to value, from the CSV. */
  private static Map<String, String> values(String csv) {
    return rows(csv).stream().collect(Collectors.toMap(row -> row[5] + "/" + row[6], row -> row[9]));
  }

  /** The data rows, split on commas outside quotes. */
  private static List<String[]> rows(String csv) {
    return csv.lines().skip(1).map(line -> Arrays.stream(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1))
        .toArray(String[]::new)).toList();
  }

  private static String[] row(List<String[]> rows, String section, String item) {
    return rows.stream().filter(row -> row[5].equals(section) && row[6].equals(item)).findFirst().orElseThrow();
  }

  private void serve(String caseId, String site, String day, String... services) {
    records.recordServices(caseId, site, List.of(services), LocalDate.parse(day), UUID.randomUUID().toString());
  }

  private static PmtRecords.Profile profile(String race, String gender, String age, List<String> types,
      List<String> classifications) {
    Map<String, String> values = Map.of(PmtCatalogue.RACE_ETHNICITY.field(), race,
        PmtCatalogue.GENDER_IDENTITY.field(), gender, PmtCatalogue.AGE.field(), age);
    return new PmtRecords.Profile(values, Map.of(PmtCatalogue.VICTIMIZATION_TYPE.field(), types,
        PmtCatalogue.SPECIAL_CLASSIFICATION.field(), classifications));
  }
}
