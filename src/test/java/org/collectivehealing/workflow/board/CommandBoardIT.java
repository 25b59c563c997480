package org.collectivehealing.workflow.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.collectivehealing.workflow.Http;
import org.collectivehealing.workflow.browser.BrowserSession;
import org.collectivehealing.workflow.browser.CamundaWebapp;
import org.collectivehealing.workflow.postgres.PostgresNodes;
import org.collectivehealing.workflow.postgres.TestPostgres;
import org.collectivehealing.workflow.scenario.HoustonShooting;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command board over HTTP on PostgreSQL, as the webapps call it: the Houston shooting worked part of the way
 * (some steps on time, some late, some still open and overdue) and an Oakland incident beside it. The board's
 * figures are checked against the engine's own counts, its answers for every way a victim could be identified,
 * and its doors for every agency, the other site and nobody; and in Chromium, what a commander sees of it
 * (screenshots in target/screenshots/command-board-*.png).
 */
class CommandBoardIT {

  static final List<String> GROUPS = List.of("command", "police", "victim-services", "community-partners",
      "wellness");
  static final String BOARD = "/camunda/api/cockpit/plugin/command-board/default/board";
  static final ObjectMapper JSON = new ObjectMapper();

  static ConfigurableApplicationContext node;
  static ProcessEngine engine;
  static String houstonCase;
  static String oaklandCase;
  static int port;

  @BeforeAll
  static void startWithAnIncidentWorkedPartOfTheWay() {
    ClockUtil.setCurrentTime(Date.from(HoustonShooting.reportedAt()));
    node = PostgresNodes.start(TestPostgres.newDatabase(), "camunda.bpm.job-execution.enabled=false");
    port = node.getEnvironment().getProperty("local.server.port", Integer.class);
    engine = node.getBean(ProcessEngine.class);
    IdentityService identity = engine.getIdentityService();
    for (String site : List.of("houston", "oakland")) {
      for (String group : GROUPS) {
        String id = HoustonShooting.ROLE.get(group) + "-" + site;
        User user = identity.newUser(id);
        user.setFirstName(capitalised(HoustonShooting.ROLE.get(group)));
        user.setLastName(capitalised(site));
        user.setPassword(password(id));
        identity.saveUser(user);
        identity.createMembership(id, group);
        identity.createTenantUserMembership(site, id);
      }
    }
    String houston = report("houston");
    HoustonShooting scenario = new HoustonShooting(engine);
    scenario.runRounds(scenario::completeThroughApi, 6);
    // two days on, what is open is late; one more round is done late, and what it opens stays open until it
    // is late too, ten days on
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 2 * 86_400_000L));
    scenario.runRounds(scenario::completeThroughApi, 1);
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 10 * 86_400_000L));
    houstonCase = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(houston)
        .singleResult().getBusinessKey();
    oaklandCase = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(report("oakland")).singleResult().getBusinessKey();
  }

  @AfterAll
  static void stop() {
    ClockUtil.reset();
    if (node != null) {
      node.close();
    }
  }

  @Test
  void theBoardCountsWhatTheEngineCounts() throws IOException {
    Http commander = loggedIn("commander-houston");
    JsonNode overview = read(commander, "");
    Instant now = ClockUtil.getCurrentTime().toInstant();
    TaskService tasks = engine.getTaskService();

    assertThat(overview.path("incidents")).extracting(i -> i.path("caseNumber").asText()).containsExactly(houstonCase);
    JsonNode incident = overview.path("incidents").get(0);
    assertThat(incident.path("activationLevel").asInt()).isEqualTo(((Number) engine.getHistoryService()
        .createHistoricVariableInstanceQuery().variableName("activationLevel").tenantIdIn("houston").list().get(0)
        .getValue()).intValue());
    // the scenario's clock has run past the first 72 hours
    assertThat(incident.path("ageHours").asLong()).isGreaterThanOrEqualTo(72);
    assertThat(incident.path("phase").asText()).isEqualTo("P2 short-term");

    long overdueInAll = 0;
    for (JsonNode agency : overview.path("agencies")) {
      String group = agency.path("agency").asText();
      List<Task> own = tasks.createTaskQuery().tenantIdIn("houston").taskCandidateGroup(group)
          .includeAssignedTasks().list();
      long overdue = own.stream().filter(t -> t.getDueDate() != null && t.getDueDate().toInstant().isBefore(now))
          .count();
      long soon = own.stream().filter(t -> t.getDueDate() != null && !t.getDueDate().toInstant().isBefore(now)
          && t.getDueDate().toInstant().isBefore(now.plusSeconds(86_400))).count();
      assertThat(agency.path("open").asLong()).as(group + " open").isEqualTo(own.size());
      assertThat(agency.path("overdue").asLong()).as(group + " overdue").isEqualTo(overdue);
      assertThat(agency.path("dueSoon").asLong()).as(group + " due soon").isEqualTo(soon);
      long unclaimed = own.stream().filter(t -> t.getAssignee() == null).count();
      long listedUnclaimed = 0;
      for (JsonNode holder : agency.path("holders")) {
        if (holder.path("unclaimed").asBoolean()) {
          listedUnclaimed = holder.path("open").asLong();
        } else {
          assertThat(holder.path("name").asText()).as("a holder is named, not an id").doesNotContain("-");
        }
      }
      assertThat(listedUnclaimed).as(group + " unclaimed").isEqualTo(unclaimed);
      overdueInAll += overdue;
    }
    assertThat(overdueInAll).as("the scenario left late work").isPositive();
    assertThat(overview.path("overdue").size()).isEqualTo((int) Math.min(OpenWork.OVERDUE_LISTED, overdueInAll));
    assertThat(overview.toString()).doesNotContain(oaklandCase);

    // deadlines: each measure's met and missed, as history has them
    JsonNode deadlines = read(commander, "/deadlines");
    HistoryService history = engine.getHistoryService();
    long missedInAll = 0;
    for (JsonNode measure : deadlines.path("measures")) {
      var config = node.getBean(BoardProperties.class).measures().stream()
          .filter(m -> m.label().equals(measure.path("label").asText())).findFirst().orElseThrow();
      long met = 0;
      long missed = 0;
      for (var task : history.createHistoricTaskInstanceQuery().tenantIdIn("houston")
          .processDefinitionKey(config.process()).taskDefinitionKey(config.step()).list()) {
        if (task.getDueDate() == null) {
          continue;
        }
        boolean done = task.getEndTime() != null && "completed".equals(task.getDeleteReason());
        if (done && !task.getEndTime().after(task.getDueDate())) {
          met++;
        } else if ((task.getEndTime() == null ? Date.from(now) : task.getEndTime()).after(task.getDueDate())) {
          missed++;
        }
      }
      assertThat(measure.path("met").asLong()).as(config.label() + " met").isEqualTo(met);
      assertThat(measure.path("missed").asLong()).as(config.label() + " missed").isEqualTo(missed);
      missedInAll += missed;
    }
    long metSteps = 0;
    for (JsonNode step : deadlines.path("steps")) {
      metSteps += step.path("met").asLong();
      missedInAll += step.path("missed").asLong();
    }
    assertThat(metSteps).as("the scenario met deadlines").isPositive();
    assertThat(missedInAll).as("and missed some").isPositive();

    // the timeline: every case the incident opened, with every step it had
    JsonNode timeline = read(commander, "/incidents/" + houstonCase + "/timeline");
    String root = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(houstonCase)
        .processDefinitionKey("incident-response").singleResult().getId();
    assertThat(timeline.path("tracks").size()).isEqualTo((int) history.createHistoricProcessInstanceQuery()
        .rootProcessInstanceId(root).count()).isGreaterThan(3);
    int milestones = 0;
    for (JsonNode track : timeline.path("tracks")) {
      milestones += track.path("milestones").size();
    }
    assertThat(milestones).isEqualTo((int) history.createHistoricTaskInstanceQuery().rootProcessInstanceId(root)
        .count());
    // the steps done are shown with who did them, by name: the officer who identified the victims
    assertThat(timeline.toString()).contains("\"holder\":\"Officer Houston\"").doesNotContain("officer-houston");
  }

  @Test
  void nothingOnTheBoardIdentifiesAVictim() throws IOException {
    List<String> identifying = List.of(HoustonShooting.FIRST_NAME, HoustonShooting.LAST_NAME,
        HoustonShooting.PHONE, HoustonShooting.ADDRESS, HoustonShooting.ADVOCATE_NOTE,
        (String) HoustonShooting.report().get("place"), (String) HoustonShooting.report().get("summary"));
    // the cases do hold them, so their absence below is the board's doing
    Set<String> held = new HashSet<>();
    engine.getHistoryService().createHistoricVariableInstanceQuery().tenantIdIn("houston").list()
        .forEach(v -> held.add(String.valueOf(v.getValue())));
    assertThat(String.join("|", held)).contains(HoustonShooting.LAST_NAME, HoustonShooting.PHONE,
        HoustonShooting.ADVOCATE_NOTE);

    for (String user : List.of("commander-houston", PostgresNodes.ADMIN_ID)) {
      Http session = loggedIn(user);
      for (String path : List.of("", "/deadlines", "/incidents/" + houstonCase + "/timeline")) {
        HttpResponse<String> answer = session.get(BOARD + path, null);
        assertThat(answer.statusCode()).as(user + " " + path).isEqualTo(200);
        assertThat(answer.body()).as(user + " " + path).doesNotContain(identifying);
        if (!path.equals("/deadlines")) {
          assertThat(answer.body()).as(user + " " + path + " shows the case by its number").contains(houstonCase);
        }
      }
    }
  }

  @Test
  void onlyCommandOfTheSiteSeesItsBoard() throws IOException {
    Http oakland = loggedIn("commander-oakland");
    JsonNode overview = read(oakland, "");
    assertThat(overview.toString()).contains(oaklandCase).doesNotContain(houstonCase);
    HttpResponse<String> foreign = oakland.get(BOARD + "/incidents/" + houstonCase + "/timeline", null);
    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(foreign.body()).path("message").asText())
        .isEqualTo("No incident with case number " + houstonCase + " at your site");
    assertThat(oakland.get(BOARD + "/deadlines", null).body()).doesNotContain(houstonCase);

    for (String group : GROUPS.subList(1, GROUPS.size())) {
      Http caseworker = loggedIn(HoustonShooting.ROLE.get(group) + "-houston");
      for (String path : List.of("", "/", "/deadlines", "/deadlines/", "/incidents/" + houstonCase + "/timeline")) {
        HttpResponse<String> refused = caseworker.get(BOARD + path, null);
        assertThat(refused.statusCode()).as(group + " " + path).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).path("message").asText()).as(group + " " + path)
            .contains("command board");
        assertThat(refused.body()).doesNotContain(houstonCase);
      }
    }
    HttpResponse<String> anonymous = new Http(port).get(BOARD, null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).doesNotContain(houstonCase);
  }

  @Test
  void aCommanderReadsTheBoardInCockpitAndItsFiguresAreTheEnginesCounts() {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    try (BrowserSession browser = new BrowserSession()) {
      CamundaWebapp cockpit = new CamundaWebapp(browser, port);
      cockpit.logIn("cockpit", "commander-houston", password("commander-houston"));
      browser.wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Command board"))).click();
      browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chw-board[data-loaded]")));
      for (String group : GROUPS) {
        List<Task> own = engine.getTaskService().createTaskQuery().tenantIdIn("houston").taskCandidateGroup(group)
            .includeAssignedTasks().list();
        long overdue = own.stream().filter(t -> t.getDueDate() != null && t.getDueDate().toInstant().isBefore(now))
            .count();
        String card = "[data-agency='" + group + "'] ";
        assertThat(browser.driver.findElement(By.cssSelector(card + "[data-field=open]")).getText())
            .as(group + " open").isEqualTo(String.valueOf(own.size()));
        assertThat(browser.driver.findElement(By.cssSelector(card + "[data-field=overdue]")).getText())
            .as(group + " overdue").isEqualTo(String.valueOf(overdue));
      }
      assertThat(browser.driver.findElements(By.cssSelector("[data-board=incidents] tr[data-case]")))
          .extracting(row -> row.getAttribute("data-case")).containsExactly(houstonCase);
      assertThat(browser.driver.findElements(By.cssSelector("[data-board=deadlines] figure.chw-chart")))
          .hasSize(node.getBean(BoardProperties.class).measures().size() + GROUPS.size());
      browser.screenshot("command-board-houston");

      browser.driver.findElement(By.cssSelector("[data-case='" + houstonCase + "'] a")).click();
      String root = engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(houstonCase).processDefinitionKey("incident-response").singleResult().getId();
      long tracks = engine.getHistoryService().createHistoricProcessInstanceQuery().rootProcessInstanceId(root)
          .count();
      browser.wait.until(driver -> driver.findElements(By.cssSelector("[data-board=timeline] .chw-track")).size()
          == tracks);
      browser.screenshot("command-board-timeline");
      assertThat(browser.driver.getPageSource()).doesNotContain(HoustonShooting.LAST_NAME,
          HoustonShooting.FIRST_NAME, HoustonShooting.PHONE, HoustonShooting.ADDRESS, HoustonShooting.ADVOCATE_NOTE,
          oaklandCase);

      cockpit.open("cockpit/default/#/dashboard");
      browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
          "[data-board=summary] a[href='#/command-board']")));
      browser.screenshot("command-board-on-dashboard");
    }
  }

  private static JsonNode read(Http session, String path) throws IOException {
    HttpResponse<String> answer = session.get(BOARD + path, null);
    assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body());
  }

  private static Http loggedIn(String user) {
    Http session = new Http(port);
    String password = user.equals(PostgresNodes.ADMIN_ID) ? PostgresNodes.ADMIN_PASSWORD : password(user);
    // caseworkers may not open Cockpit, so they log in to Tasklist; the session is the webapps' one
    String app = user.startsWith("commander-") || user.equals(PostgresNodes.ADMIN_ID) ? "cockpit" : "tasklist";
    assertThat(session.webappLogin(app, user, password).statusCode()).as("login " + user).isEqualTo(200);
    return session;
  }

  private static String report(String site) {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication("commander-" + site, List.of("command"), List.of(site));
    try {
      RepositoryService repository = engine.getRepositoryService();
      FormService forms = engine.getFormService();
      String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("incident-response")
          .latestVersion().singleResult().getId();
      return forms.submitStartForm(definitionId, new HashMap<>(HoustonShooting.report())).getId();
    } finally {
      identity.clearAuthentication();
    }
  }

  private static String password(String user) {
    return "Board-test-" + Integer.toHexString(user.hashCode()) + "!9";
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

}
