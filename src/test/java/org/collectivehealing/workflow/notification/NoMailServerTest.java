package org.collectivehealing.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The demo without a mail server (no spring.mail.host): a new referral queues no mail and no delivery job. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:no-mail-server;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
class NoMailServerTest {

  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  MailOutbox outbox;

  @Test
  void aReferralWithoutAMailServerQueuesNothing() {
    String referral = runtime.createProcessInstanceByKey("partner-referral").businessKey("HOU-2026-0779-V1-R1")
        .setVariables(Map.of("site", "houston", "referralNumber", "HOU-2026-0779-V1-R1", "need", "housing",
            "partnerCategory", "housing-provider", "urgency", "high", "respondWithin", "P2D"))
        .startBeforeActivity("UserTask_AcceptReferral").execute().getId();

    assertThat(outbox.isOn()).isFalse();
    assertThat(management.createJobQuery().processInstanceId(referral).messages().count()).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM chw_mail_outbox", Integer.class)).isZero();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(referral).count())
        .as("the referral itself goes on as before").isOne();
  }
}
