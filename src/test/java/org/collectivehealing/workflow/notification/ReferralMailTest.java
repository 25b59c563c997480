package org.collectivehealing.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
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
 * Issue 12, notifications: a new referral tells the partners of its site by mail through the outbox, against a
 * real SMTP server (GreenMail) in the test. The job executor is off, so the test runs the delivery jobs itself.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:referral-mail;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
class ReferralMailTest {

  static final int SMTP_PORT = freePort();
  static GreenMail smtp = startSmtp();

  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  MailOutbox outbox;

  String referral;

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @BeforeEach
  void emptyMailbox() throws Exception {
    smtp.purgeEmailFromAllMailboxes();
  }

  @AfterEach
  void removeTheReferral() {
    if (referral != null) {
      runtime.deleteProcessInstance(referral, "test over");
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
      smtp = startSmtp();
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

  /** The referral's jobs other than its timer: the deliveries. */
  private List<Job> deliveryJobs() {
    return management.createJobQuery().processInstanceId(referral).messages().list();
  }

  private static GreenMail startSmtp() {
    GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return server;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
