package org.collectivehealing.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.collectivehealing.workflow.Http;
import org.collectivehealing.workflow.audit.ReadAudit;
import org.collectivehealing.workflow.audit.ReadRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What users found missing on a walk through Tasklist (issue 10): header actions they cannot use, deadlines that
 * do not stand out, and cards that tell nothing of the case. Cases are opened through the engine, at the step
 * the check needs, and removed afterwards, so other browser tests' queues stay as they were.
 *
 * <p>Community partners and police officers may not read a case's variables, only those of their own tasks:
 * their cards show the copies each new task gets of their card variables (README, "Who sees what").
 */
@BrowserTest
class TasklistUsabilityBrowserIT extends BrowserPerTest {

  private static final String RED = "rgba(181, 42, 34, 1)";
  private static final String AMBER = "rgba(163, 95, 0, 1)";

  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ReadAudit audit;

  Tasklist tasklist;
  private final List<String> opened = new ArrayList<>();

  @Override
  @BeforeEach
  void openBrowser() {
    super.openBrowser();
    tasklist = new Tasklist(browser, port);
  }

  @AfterEach
  void removeCases() {
    opened.forEach(id -> runtimeService.deleteProcessInstanceIfExists(id, "browser test over", true, true, true,
        false));
  }

  @ParameterizedTest(name = "{0}: start process {1}, create task {2}")
  @CsvSource({"officer-houston,false,false", "advocate-houston,false,false", "partner-houston,false,false",
      "commander-houston,true,false", "admin,true,true"})
  void theHeaderOffersOnlyWhatTheEngineLetsTheUserDo(String user, boolean startProcess, boolean createTask) {
    tasklist.logIn(user);

    assertThat(tasklist.headerActionShown("start-process-action")).as("Start process for " + user)
        .isEqualTo(startProcess);
    assertThat(tasklist.headerActionShown("create-task-action")).as("Create task for " + user)
        .isEqualTo(createTask);
    browser.screenshot("header-actions-" + user);
  }

  @Test
  void overdueAndSoonDueTasksAreFlaggedOnTheirCardsAndInTheTaskHeaderAsTimePasses() {
    String overdue = victimCase("HOU-2026-0901-V1", Map.of());
    String soon = victimCase("HOU-2026-0902-V1", Map.of());
    String turning = victimCase("HOU-2026-0903-V1", Map.of());
    String later = victimCase("HOU-2026-0904-V1", Map.of());
    setDue(overdue, Instant.now().minusSeconds(2 * 3600));
    setDue(soon, Instant.now().plusSeconds(3 * 3600));
    setDue(turning, Instant.now().plusSeconds(25));
    setDue(later, Instant.now().plusSeconds(3 * 24 * 3600));

    tasklist.logIn("advocate-houston");
    tasklist.tasksIn("Victim services: open");

    assertThat(tasklist.deadlineFlag(() -> tasklist.card("Assess needs — HOU-2026-0901-V1"), "Overdue"))
        .isEqualTo("Overdue");
    assertThat(tasklist.dueDateColour(tasklist.card("Assess needs — HOU-2026-0901-V1"))).isEqualTo(RED);
    assertThat(tasklist.deadlineFlag(() -> tasklist.card("Assess needs — HOU-2026-0902-V1"), "Due soon"))
        .isEqualTo("Due soon");
    assertThat(tasklist.dueDateColour(tasklist.card("Assess needs — HOU-2026-0902-V1"))).isEqualTo(AMBER);
    assertThat(tasklist.deadlineFlag(() -> tasklist.card("Assess needs — HOU-2026-0904-V1"), "none"))
        .as("due in three days").isEqualTo("none");
    assertThat(tasklist.deadlineFlag(() -> tasklist.card("Assess needs — HOU-2026-0903-V1"), "Due soon"))
        .isEqualTo("Due soon");
    browser.screenshot("deadlines-cards");
    assertThat(tasklist.deadlineFlag(() -> tasklist.card("Assess needs — HOU-2026-0903-V1"), "Overdue"))
        .as("a card that becomes overdue while the list is open").isEqualTo("Overdue");
    browser.screenshot("deadlines-card-turned-overdue");

    tasklist.openFromQueue("Victim services: open", "Assess needs — HOU-2026-0901-V1");
    assertThat(tasklist.deadlineFlag(
        () -> browser.driver.findElement(By.cssSelector("[cam-tasklist-task-meta]")), "Overdue"))
        .as("the open task's header").isEqualTo("Overdue");
    browser.screenshot("deadlines-task-header");
  }

  @Test
  void theAdvocatesCardsShowTheVictimAndTheIncidentAndTheReadIsAudited() {
    victimCase("HOU-2026-0911-V1", Map.of("contactFirstName", "Amara", "contactLastName", "Okonkwo-Ashby",
        "incidentType", "officer-involved-shooting"));
    Instant before = Instant.now().minusSeconds(1);

    tasklist.logIn("advocate-houston");
    tasklist.tasksIn("Victim services: open");

    assertThat(tasklist.cardVariables("Assess needs — HOU-2026-0911-V1")).containsEntry("First name", "Amara")
        .containsEntry("Last name", "Okonkwo-Ashby").containsEntry("Victim", "injured")
        .containsEntry("Incident", "officer-involved-shooting");
    browser.screenshot("cards-victim-services");
    List<ReadRecord> reads = audit.find(new ReadAudit.Criteria("HOU-2026-0911-V1", "advocate-houston", before), 0,
        50);
    assertThat(reads).as("the cards' variables were read through the queue's filter, and recorded")
        .anyMatch(read -> read.resource().matches("POST /camunda/api/engine/engine/default/filter/[^/]+/list"));
  }

  @Test
  void thePeerSupporterTellsTheOfficersApartOnTheCards() {
    wellnessCase("HOU-2026-0931-W1", "Badge 4471");
    wellnessCase("HOU-2026-0931-W2", "Badge 5190");

    tasklist.logIn("peer-houston");
    tasklist.tasksIn("Officer wellness: open");

    assertThat(tasklist.cardVariables("Assign a peer supporter — HOU-2026-0931-W1"))
        .containsEntry("Officer", "Badge 4471").containsEntry("Involvement", "witness");
    assertThat(tasklist.cardVariables("Assign a peer supporter — HOU-2026-0931-W2"))
        .containsEntry("Officer", "Badge 5190");
    browser.screenshot("cards-wellness");
  }

  @Test
  void thePoliceOfficersCardsShowTheNextOfKinTheyGoToAndNoOtherAgencyReadsTheCopies() {
    String instance = runtimeService.createProcessInstanceByKey("victim-support").businessKey("HOU-2026-0921-V1")
        .setVariables(Map.of("site", "houston", "incidentCaseNumber", "HOU-2026-0921", "victimCaseNumber",
            "HOU-2026-0921-V1", "victimStatus", "deceased", "siteState", "TX", "contactFirstName", "Grace",
            "contactLastName", "Mbeki-Lund", "contactRelationship", "mother", "contactLanguage", "Swahili"))
        .startBeforeActivity("UserTask_DeliverNotification").execute().getId();
    opened.add(instance);
    Instant before = Instant.now().minusSeconds(1);

    tasklist.logIn("officer-houston");
    tasklist.tasksIn("Police: open");

    assertThat(tasklist.cardVariables("Deliver notification in person — HOU-2026-0921-V1"))
        .containsEntry("Contact first name", "Grace").containsEntry("Contact last name", "Mbeki-Lund")
        .containsEntry("Relationship", "mother").containsEntry("Language", "Swahili");
    browser.screenshot("cards-police");
    assertThat(audit.find(new ReadAudit.Criteria("HOU-2026-0921-V1", "officer-houston", before), 0, 50))
        .as("reading the copies is reading the victim case, and recorded").isNotEmpty();
    // the copies are the task's own: only its candidates read them, through any door
    assertThat(new Http(port).get("/engine-rest/variable-instance?variableName=card_contactLastName",
        "officer-houston").body()).as("the candidate").contains("Mbeki-Lund");
    for (String other : List.of("partner-houston", "peer-houston", "officer-oakland", "commander-houston")) {
      assertThat(new Http(port).get("/engine-rest/variable-instance?variableName=card_contactLastName", other)
          .body()).as(other).doesNotContain("Mbeki-Lund");
      assertThat(new Http(port).get("/engine-rest/history/variable-instance?variableName=card_contactLastName",
          other).body()).as(other + ", history").doesNotContain("Mbeki-Lund");
    }
  }

  @Test
  void thePartnersCardsShowTheNeedTheCategoryAndTheUrgency() {
    opened.add(runtimeService.createProcessInstanceByKey("partner-referral").businessKey("HOU-2026-0941-V1-R1")
        .setVariables(Map.of("site", "houston", "referralNumber", "HOU-2026-0941-V1-R1", "victimCaseNumber",
            "HOU-2026-0941-V1", "need", "housing", "partnerCategory", "housing-provider", "urgency", "high",
            "respondWithin", "P2D"))
        .startBeforeActivity("UserTask_AcceptReferral").execute().getId());

    tasklist.logIn("partner-houston");
    tasklist.tasksIn("Community partners: open");

    assertThat(tasklist.cardVariables(taskService.createTaskQuery().processInstanceBusinessKey(
        "HOU-2026-0941-V1-R1").singleResult().getName())).containsEntry("Need", "housing")
        .containsEntry("Partner category", "housing-provider").containsEntry("Urgency", "high");
    browser.screenshot("cards-community-partners");
  }

  @Test
  void identifyingAVictimStartsWithTheMoreVictimsBoxAsItsHintSays() {
    opened.add(runtimeService.createProcessInstanceByKey("incident-response").businessKey("HOU-2026-0951")
        .setVariables(Map.of("site", "houston", "caseNumber", "HOU-2026-0951"))
        .startBeforeActivity("UserTask_IdentifyVictim").execute().getId());

    tasklist.logIn("officer-houston");
    tasklist.openFromQueue("Police: open", "Identify a victim — HOU-2026-0951");
    tasklist.claim();
    CamundaForm form = CamundaForm.rendered(browser);
    WebElement box = browser.driver.findElement(By.cssSelector(".fjs-form-field-checkbox input[type=checkbox]"));
    String hint = browser.driver.findElement(By.cssSelector(".fjs-form-field-checkbox .fjs-form-field-description"))
        .getText();
    browser.screenshot("identify-victim-more-victims");
    assertThat(form.labels()).contains("More victims are still to be identified");
    assertThat(hint).as("the hint asks for a tick while more are to come").startsWith("Tick it while");
    assertThat(box.isSelected()).as("so the box starts unticked").isFalse();
  }

  private String victimCase(String caseNumber, Map<String, Object> more) {
    Map<String, Object> variables = new HashMap<>(Map.of("site", "houston", "incidentCaseNumber",
        caseNumber.substring(0, 13), "victimCaseNumber", caseNumber, "victimStatus", "injured", "siteState", "TX"));
    variables.putAll(more);
    String instance = runtimeService.createProcessInstanceByKey("victim-support").businessKey(caseNumber)
        .setVariables(variables).startBeforeActivity("UserTask_AssessNeeds").execute().getId();
    opened.add(instance);
    return instance;
  }

  private void wellnessCase(String caseNumber, String officer) {
    opened.add(runtimeService.createProcessInstanceByKey("officer-wellness").businessKey(caseNumber)
        .setVariables(Map.of("site", "houston", "incidentCaseNumber", caseNumber.substring(0, 13),
            "wellnessCaseNumber", caseNumber, "officerReference", officer, "involvement", "witness",
            "peerAssignWithin", "PT24H"))
        .startBeforeActivity("UserTask_AssignPeerSupporter").execute().getId());
  }

  private void setDue(String instance, Instant due) {
    String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    taskService.setDueDate(task, Date.from(due));
  }
}
