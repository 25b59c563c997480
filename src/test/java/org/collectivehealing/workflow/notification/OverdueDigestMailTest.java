package org.collectivehealing.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
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
 * Issue 12, the daily digest of overdue tasks (model overdue-digest), against a real SMTP server (GreenMail): each
 * owner is told once a day of their overdue tasks, assigned and unclaimed, of their own site only, with nothing of
 * the cases; a mail server that keeps refusing is an incident in Cockpit. The job executor is off, so the test runs
 * the timer, the digest and the deliveries itself, as the job executor would.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:overdue-digest;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
class OverdueDigestMailTest {

  static final String DIGEST = "overdue-digest";
  static final int SMTP_PORT = SmtpServer.freePort();
  static GreenMail smtp = SmtpServer.start(SMTP_PORT);

  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  TaskService tasks;
  @Autowired
  RepositoryService repository;
  @Autowired
  JdbcTemplate jdbc;

  final List<String> referrals = new ArrayList<>();

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    SmtpServer.useFor(registry, SMTP_PORT);
  }

  @BeforeEach
  void emptyMailbox() throws Exception {
    smtp.purgeEmailFromAllMailboxes();
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    referrals.forEach(id -> runtime.deleteProcessInstance(id, "test over", true, true, true));
    runtime.createProcessInstanceQuery().processDefinitionKey(DIGEST).list()
        .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "test over"));
    management.createJobQuery().processDefinitionKey(DIGEST).messages().list()
        .forEach(job -> management.deleteJob(job.getId()));
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  @Test
  void theModelMailsEveryMorningAtSeven() {
    Job timer = management.createJobQuery().processDefinitionKey(DIGEST).timers().singleResult();
    assertThat(timer).as("the digest's timer start stands once the models are deployed").isNotNull();
    LocalDateTime next = LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault());
    assertThat(next.getHour()).isEqualTo(7);
    assertThat(next.getMinute()).isZero();
    assertThat(next).isAfter(LocalDateTime.now().minusMinutes(1));
  }

  @Test
  void eachOwnerIsToldOnceADayOfTheirOverdueTasksAtTheirSiteAndNothingOfTheCases() throws Exception {
    Task claimed = referralTask("houston", "HOU-2026-0901-V1-R1");
    tasks.claim(claimed.getId(), "partner-houston");
    Task unclaimed = referralTask("houston", "HOU-2026-0902-V1-R1");
    Task oakland = referralTask("oakland", "OAK-2026-0903-V1-R1");
    Task notYetDue = referralTask("houston", "HOU-2026-0904-V1-R1");
    notYetDue.setDueDate(days(10));
    tasks.saveTask(notYetDue);

    ClockUtil.setCurrentTime(days(3));
    runTheMorningTimer();

    MimeMessage houston = onlyMailTo("partner-houston@demo.invalid");
    assertThat(houston.getSubject()).isEqualTo("Overdue tasks: 2");
    String text = text(houston);
    assertThat(text).contains("Assigned to you (1):", "Unclaimed in the queue of Community partners, Houston (1):",
        "Accept or decline referral, due ", "1 day overdue", "/camunda/app/tasklist/default/#/?task=" + claimed.getId(),
        "/camunda/app/tasklist/default/#/?task=" + unclaimed.getId());
    assertThat(text).as("not yet due, and another site's").doesNotContain(notYetDue.getId(), oakland.getId());
    for (String detail : List.of("HOU-2026-09", "Rosa", "Elm Street", "housing", "urgent")) {
      assertThat(text).as("the digest names no case").doesNotContain(detail);
    }
    String oaklandText = text(onlyMailTo("partner-oakland@demo.invalid"));
    assertThat(oaklandText).contains("Community partners, Oakland (1)", oakland.getId())
        .doesNotContain(claimed.getId(), unclaimed.getId());
    int received = smtp.getReceivedMessages().length;

    // an administrator starts it once more the same day: nobody hears twice
    runtime.startProcessInstanceByKey(DIGEST);
    runDigestsAndDeliveries();
    assertThat(smtp.getReceivedMessages()).hasSize(received);

    // the next morning, again
    ClockUtil.setCurrentTime(days(4));
    runTheMorningTimer();
    assertThat(text(lastMailTo("partner-houston@demo.invalid"))).contains("2 days overdue");
  }

  @Test
  void aMailServerThatKeepsRefusingTheDigestIsACockpitIncidentOnTheDigestAndItGoesOutOnceItIsBack() throws Exception {
    referralTask("minneapolis", "MPL-2026-0905-V1-R1");
    ClockUtil.setCurrentTime(days(3));
    smtp.stop();
    try {
      runtime.startProcessInstanceByKey(DIGEST);
      runDigestsAndDeliveries();
      Job delivery = deliveriesTo("partner-minneapolis").get(0);
      for (int attempt = 2; attempt <= 3; attempt++) {
        assertThatThrownBy(() -> management.executeJob(delivery.getId()))
            .hasMessageContaining("The mail server did not take mail");
      }
      Incident incident = runtime.createIncidentQuery().configuration(delivery.getId())
          .singleResult();
      assertThat(incident).as("after the retries, an incident").isNotNull();
      assertThat(incident.getProcessDefinitionId()).as("on the digest's process, which Cockpit shows")
          .isEqualTo(repository.createProcessDefinitionQuery().processDefinitionKey(DIGEST).latestVersion()
              .singleResult().getId());
      assertThat(incident.getIncidentMessage()).contains("partner-minneapolis@demo.invalid");
    } finally {
      smtp = SmtpServer.start(SMTP_PORT);
    }

    Job delivery = deliveriesTo("partner-minneapolis").get(0);
    management.setJobRetries(delivery.getId(), 1);
    management.executeJob(delivery.getId());
    assertThat(onlyMailTo("partner-minneapolis@demo.invalid").getSubject()).isEqualTo("Overdue tasks: 1");
    assertThat(runtime.createIncidentQuery().configuration(delivery.getId()).count()).isZero();
  }

  /** A referral waiting for the partners of a site, due in two days from now. */
  private Task referralTask(String site, String number) {
    String id = runtime.createProcessInstanceByKey("partner-referral").businessKey(number)
        .setVariables(Map.of("site", site, "referralNumber", number, "victimCaseNumber", number.replace("-R1", ""),
            "need", "housing", "partnerCategory", "housing-provider", "urgency", "urgent", "respondWithin", "P2D",
            "sharedDetails", "Rosa Diaz, 14 Elm Street"))
        .startBeforeActivity("UserTask_AcceptReferral").execute().getId();
    referrals.add(id);
    return tasks.createTaskQuery().processInstanceId(id).singleResult();
  }

  private static Date days(int fromNow) {
    return new Date(System.currentTimeMillis() + fromNow * 86_400_000L);
  }

  /** As the job executor does at 07:00: the timer starts the digest, whose work then runs on its own. */
  private void runTheMorningTimer() {
    Job timer = management.createJobQuery().processDefinitionKey(DIGEST).timers().singleResult();
    management.executeJob(timer.getId());
    runDigestsAndDeliveries();
  }

  private void runDigestsAndDeliveries() {
    for (Job job : digestJobs()) {
      if (!DeliverMailJobHandler.TYPE.equals(((JobEntity) job).getJobHandlerType())) {
        management.executeJob(job.getId());
      }
    }
    for (Job job : digestJobs()) {
      try {
        management.executeJob(job.getId());
      } catch (RuntimeException refused) {
        // the mail server is down in one test: the job keeps its retries, as with the job executor
      }
    }
  }

  private List<Job> digestJobs() {
    return management.createJobQuery().processDefinitionKey(DIGEST).messages().withRetriesLeft().list();
  }

  /** The digest's delivery jobs of mail to one user, by their outbox rows. */
  private List<Job> deliveriesTo(String user) {
    List<String> queued = jdbc.queryForList("SELECT id FROM chw_mail_outbox WHERE dedup_key LIKE ?", String.class,
        "overdue-digest:%:" + user);
    return management.createJobQuery().processDefinitionKey(DIGEST).messages().list().stream()
        .filter(job -> DeliverMailJobHandler.TYPE.equals(((JobEntity) job).getJobHandlerType()))
        .filter(job -> queued.contains(((JobEntity) job).getJobHandlerConfigurationRaw())).toList();
  }

  /** The text as the reader sees it, decoded. */
  private static String text(MimeMessage mail) throws Exception {
    return (String) mail.getContent();
  }

  private MimeMessage onlyMailTo(String address) throws Exception {
    List<MimeMessage> to = mailsTo(address);
    assertThat(to).as("mails to " + address).hasSize(1);
    return to.get(0);
  }

  private MimeMessage lastMailTo(String address) throws Exception {
    List<MimeMessage> to = mailsTo(address);
    assertThat(to).as("mails to " + address).isNotEmpty();
    return to.get(to.size() - 1);
  }

  private List<MimeMessage> mailsTo(String address) throws Exception {
    List<MimeMessage> to = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      if (message.getAllRecipients()[0].toString().equals(address)) {
        to.add(message);
      }
    }
    return to;
  }
}
