package org.collectivehealing.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 12, notifications by mail through the outbox, against a real SMTP server (GreenMail) in the test: a new
 * referral tells the partners of its site, a level-3 activation command on call. The job executor is off, so the test runs the delivery jobs itself.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:notification-mail;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
class NotificationMailTest {

  static final int SMTP_PORT = SmtpServer.freePort();
  static GreenMail smtp = SmtpServer.start(SMTP_PORT);

  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  MailOutbox outbox;
  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;

  String referral;

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    SmtpServer.useFor(registry, SMTP_PORT);
  }

  @BeforeEach
  void emptyMailbox() throws Exception {
    smtp.purgeEmailFromAllMailboxes();
  }

  @AfterEach
  void removeTheReferral() {
    if (referral != null) {
      remove(referral);
    }
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  @Test
  void aNewReferralTellsThePartnersOfItsSiteOnceAndNothingOfTheVictim() throws Exception {
    referral = openReferral("houston", "HOU-2026-0777-V1-R1");

    List<Job> deliveries = deliveryJobs();
    assertThat(deliveries).as("one delivery per partner of the site with an address").hasSize(1);
    deliveries.forEach(job -> management.executeJob(job.getId()));

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage mail = received[0];
    assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString)).containsExactly(
        "partner-houston@demo.invalid");
    assertThat(mail.getSubject()).isEqualTo(NotifyPartnersOfReferralListener.SUBJECT);
    String text = GreenMailUtil.getBody(mail);
    assertThat(text).contains("/camunda/app/tasklist/", "Community partners: open");
    for (String detail : List.of("HOU-2026-0777", "Elm Street", "Rosa", "housing", "urgent")) {
      assertThat(text + mail.getSubject()).as("the mail names nothing of the referral").doesNotContain(detail);
    }
    assertThat(mail.getHeader("Message-ID")[0]).endsWith("@collective-healing.invalid>");

    // once: a repeated delivery finds it sent, and the same task queues nothing again
    String id = jdbc.queryForObject("SELECT id FROM chw_mail_outbox WHERE dedup_key LIKE ?", String.class,
        "referral:%:partner-houston");
    outbox.deliver(id);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM chw_mail_outbox WHERE sent_at IS NOT NULL AND id = ?",
        Integer.class, id)).isEqualTo(1);
  }

  @Test
  void aMailServerThatKeepsRefusingBecomesACockpitIncidentAndTheMailGoesOutOnceItIsBack() throws Exception {
    smtp.stop();
    try {
      referral = openReferral("oakland", "OAK-2026-0778-V1-R1");
      Job delivery = deliveryJobs().get(0);
      for (int attempt = 1; attempt <= 3; attempt++) {
        assertThatThrownBy(() -> management.executeJob(delivery.getId()))
            .hasMessageContaining("The mail server did not take mail");
      }
      Incident incident = runtime.createIncidentQuery().processInstanceId(referral).singleResult();
      assertThat(incident).as("after the retries, an incident on the referral").isNotNull();
      assertThat(incident.getIncidentMessage()).contains("The mail server did not take mail",
          "partner-oakland@demo.invalid");
      assertThat(management.createJobQuery().jobId(delivery.getId()).singleResult().getRetries()).isZero();
    } finally {
      smtp = SmtpServer.start(SMTP_PORT);
    }

    // as an operator does in Cockpit once the server is back: one more retry
    Job delivery = deliveryJobs().get(0);
    management.setJobRetries(delivery.getId(), 1);
    management.executeJob(delivery.getId());

    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0].toString())
        .isEqualTo("partner-oakland@demo.invalid");
    assertThat(runtime.createIncidentQuery().processInstanceId(referral).count()).isZero();
    assertThat(deliveryJobs()).isEmpty();
  }

  private String openReferral(String site, String number) {
    return runtime.createProcessInstanceByKey("partner-referral").businessKey(number)
        .setVariables(Map.of("site", site, "referralNumber", number, "victimCaseNumber", number.replace("-R1", ""),
            "need", "housing", "partnerCategory", "housing-provider", "urgency", "urgent", "respondWithin", "P2D",
            "sharedDetails", "Rosa Diaz, 14 Elm Street"))
        .startBeforeActivity("UserTask_AcceptReferral").execute().getId();
  }

  @Test
  void aLevelThreeActivationAlertsCommandOnCallOnceAndAllOfTheSitesCommandWhenNobodyIsOnCall() throws Exception {
    // nobody of Houston on call: the site's commanders with an address, once for proposal and confirmation
    String first = runtime.startProcessInstanceByKey("incident-response", levelThreeReport()).getId();
    try {
      deliverAll(first);
      assertThat(recipients()).containsExactly("commander-houston@demo.invalid");
      String incident = runtime.createProcessInstanceQuery().processInstanceId(first).singleResult().getBusinessKey();
      MimeMessage alert = smtp.getReceivedMessages()[0];
      assertThat(alert.getSubject()).isEqualTo("Activation level 3: " + incident);
      assertThat(GreenMailUtil.getBody(alert)).contains(incident, "officer-involved-shooting", "Houston",
          "/camunda/app/cockpit/default/#/command-board").doesNotContain("5th and Main", "traffic stop");
      tasks.complete(tasks.createTaskQuery().processInstanceId(first).taskDefinitionKey("UserTask_ReviewActivation")
          .singleResult().getId(), Map.of("activationLevel", 3L, "openFamilyAssistanceCenter", true,
          "holdListeningSession", true, "startOfficerWellness", true, "notifyVocaAdministrator", true));
      deliverAll(first);
      assertThat(smtp.getReceivedMessages()).as("confirmed at level 3: already told").hasSize(1);
    } finally {
      remove(first);
    }

    // a second commander, on call: only they hear of the next one; the other commander is not woken
    smtp.purgeEmailFromAllMailboxes();
    User onCall = identity.newUser("commander-night-houston");
    onCall.setEmail("night@houston.example");
    identity.saveUser(onCall);
    try {
      identity.createMembership(onCall.getId(), "command");
      identity.createMembership(onCall.getId(), "on-call");
      identity.createTenantUserMembership("houston", onCall.getId());
      String second = runtime.startProcessInstanceByKey("incident-response", levelThreeReport()).getId();
      try {
        deliverAll(second);
        assertThat(recipients()).containsExactly("night@houston.example");
      } finally {
        remove(second);
      }
    } finally {
      identity.deleteUser(onCall.getId());
    }
  }

  @Test
  void belowLevelThreeNobodyIsAlerted() throws Exception {
    Map<String, Object> local = new java.util.HashMap<>(levelThreeReport());
    local.putAll(Map.of("fatalities", 0L, "injured", 0L, "officersInvolved", 0L, "communityTension", "low",
        "mediaInterest", "local"));
    String incident = runtime.startProcessInstanceByKey("incident-response", local).getId();
    try {
      assertThat(runtime.getVariable(incident, "activationLevel")).isNotEqualTo(3);
      deliverAll(incident);
      assertThat(smtp.getReceivedMessages()).isEmpty();
    } finally {
      remove(incident);
    }
  }

  private static Map<String, Object> levelThreeReport() {
    return Map.of("site", "houston", "incidentType", "officer-involved-shooting", "occurredAt",
        "2026-03-02T09:30+00:00", "place", "5th and Main", "fatalities", 1L, "injured", 2L, "officersInvolved", 2L,
        "communityTension", "high", "mediaInterest", "national", "summary", "Shots fired during a traffic stop");
  }

  /** As an administrator cancels a case, without the tracks' output mappings of a half-worked incident. */
  private void remove(String instance) {
    runtime.deleteProcessInstance(instance, "test over", true, true, true);
  }

  private void deliverAll(String instance) {
    jobsOf(instance).forEach(job -> management.executeJob(job.getId()));
  }

  private List<String> recipients() throws Exception {
    List<String> to = new java.util.ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      Arrays.stream(message.getAllRecipients()).forEach(address -> to.add(address.toString()));
    }
    return to;
  }

  /** The referral's delivery jobs. */
  private List<Job> deliveryJobs() {
    return jobsOf(referral);
  }

  private List<Job> jobsOf(String instance) {
    return management.createJobQuery().processInstanceId(instance).messages().list().stream()
        .filter(job -> DeliverMailJobHandler.TYPE.equals(((JobEntity) job).getJobHandlerType())).toList();
  }
}
