package org.collectivehealing.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collectivehealing.workflow.Http;
import org.collectivehealing.workflow.postgres.PostgresNodes;
import org.collectivehealing.workflow.postgres.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The OVC export on PostgreSQL, as deployed: the records' dates and the fiscal-year counting in PostgreSQL's
 * SQL, the supervisors' group created at start-up, and a supervisor of another site refused.
 * {@code OvcPmtExportTest} covers the rest on the embedded database.
 */
class OvcPmtExportIT {

  static final Map<String, String[]> USERS = Map.of(
      "supervisor-houston", new String[] {"victim-services-supervisors", "houston"},
      "supervisor-oakland", new String[] {"victim-services-supervisors", "oakland"});

  static ConfigurableApplicationContext node;
  static Http http;

  @BeforeAll
  static void start() {
    node = PostgresNodes.start(TestPostgres.newDatabase(), "camunda.bpm.job-execution.enabled=false");
    http = new Http(node.getEnvironment().getProperty("local.server.port", Integer.class), OvcPmtExportIT::password);
    PostgresNodes.addUsers(node, USERS, OvcPmtExportIT::password);
    PmtRecords records = node.getBean(PmtRecords.class);
    String victim = UUID.randomUUID().toString();
    records.recordProfile(victim, "houston", new PmtRecords.Profile(Map.of("raceEthnicity", "asian",
        "genderIdentity", "male", "ageBand", "18-24"), Map.of("victimizationTypes", List.of("mass-violence"),
        "specialClassifications", List.of())));
    for (String day : List.of("2026-09-30", "2026-10-01", "2026-12-31", "2027-01-01")) {
      records.recordServices(victim, "houston", List.of("information-and-referral"), LocalDate.parse(day),
          UUID.randomUUID().toString());
    }
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void theQuarterBoundariesHoldOnPostgresql() {
    assertThat(export("2026&quarter=4")).contains("victims-served,total,\"Individuals served\",individuals,1,false");
    String q1 = export("2027&quarter=1");
    assertThat(q1).contains("victims-served,new,\"New individuals served (first time this fiscal year)\","
        + "individuals,1,false").contains("race-ethnicity,asian,\"Asian\",individuals,1,false")
        .contains("service,information-and-referral,\"A. Information and referral\",individuals,1,false");
    assertThat(export("2027&quarter=2")).contains("victims-served,new,\"New individuals served (first time this "
        + "fiscal year)\",individuals,0,false").contains("victims-served,continuing,\"Continuing individuals "
        + "served\",individuals,1,false").contains("race-ethnicity,asian,\"Asian\",individuals,0,false");
    HttpResponse<String> foreign = http.get("/api/reports/ovc-pmt?site=houston&fiscalYear=2027&quarter=1",
        "supervisor-oakland");
    assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(403);
  }

  private static String export(String yearAndQuarter) {
    HttpResponse<String> response = http.get("/api/reports/ovc-pmt?site=houston&suppressBelow=0&fiscalYear="
        + yearAndQuarter, "supervisor-houston");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  static String password(String user) {
    return "Pmt-report-" + user.length() + "!x";
  }
}
