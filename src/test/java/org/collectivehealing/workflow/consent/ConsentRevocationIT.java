package org.collectivehealing.workflow.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.collectivehealing.workflow.Http;
import org.collectivehealing.workflow.postgres.PostgresNodes;
import org.collectivehealing.workflow.postgres.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An advocate revokes a victim's consent over HTTP on PostgreSQL, and the open referral to that kind of partner
 * is withdrawn; an advocate of another site, a police officer of the same site and an anonymous caller are
 * refused and change nothing.
 */
class ConsentRevocationIT {

  static final String CASE = "HOU-2026-0042-V1";
  /** user: agency group and site tenant */
  static final Map<String, String[]> USERS = Map.of("advocate-houston", new String[] {"victim-services", "houston"},
      "advocate-oakland", new String[] {"victim-services", "oakland"},
      "officer-houston", new String[] {"police", "houston"});
  static final ObjectMapper JSON = new ObjectMapper();

  static ConfigurableApplicationContext node;
  static Http http;
  static ConsentedReferrals referrals;

  @BeforeAll
  static void startWithAConsentedCase() {
    node = PostgresNodes.start(TestPostgres.newDatabase(), "camunda.bpm.job-execution.enabled=false");
    http = new Http(node.getEnvironment().getProperty("local.server.port", Integer.class), ConsentRevocationIT::password);
    PostgresNodes.addUsers(node, USERS, ConsentRevocationIT::password);
    referrals = new ConsentedReferrals(node.getBean(ProcessEngine.class));
    referrals.open("houston", CASE);
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void onlyAnAdvocateOfTheCasesSiteMayRevokeAndRevokingWithdrawsTheReferral() throws Exception {
    String consents = "/api/cases/" + CASE + "/consents";
    HttpResponse<String> listed = http.get(consents, "advocate-houston");
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    JsonNode mentalHealth = null;
    for (JsonNode consent : JSON.readTree(listed.body())) {
      if (consent.path("recipientCategory").asText().equals("mental-health-provider")) {
        mentalHealth = consent;
      }
    }
    assertThat(JSON.readTree(listed.body())).hasSize(2);
    assertThat(mentalHealth).isNotNull();
    String revoke = "/api/consents/" + mentalHealth.path("id").asText() + "/revoke";
    String referral = referrals.referralTo(CASE, "mental-health-provider").getId();

    assertThat(http.get(consents, null).statusCode()).as("anonymous").isEqualTo(401);
    assertThat(http.postJson(revoke, null, "{}").statusCode()).as("anonymous").isEqualTo(401);
    HttpResponse<String> police = http.postJson(revoke, "officer-houston", "{}");
    assertThat(police.statusCode()).as("police of the same site").isEqualTo(403);
    assertThat(JSON.readTree(police.body()).path("detail").asText()).contains("victim-services");
    assertThat(http.get(consents, "officer-houston").statusCode()).isEqualTo(403);
    HttpResponse<String> otherSite = http.postJson(revoke, "advocate-oakland", "{}");
    assertThat(otherSite.statusCode()).as("advocate of another site").isEqualTo(404);
    assertThat(JSON.readTree(otherSite.body()).path("title").asText()).isEqualTo("Not Found");
    assertThat(JSON.readTree(http.get(consents, "advocate-oakland").body())).as("another site's consents").isEmpty();
    assertThat(referrals.referralTo(CASE, "mental-health-provider")).as("refusals change nothing").isNotNull();
    assertThat(JSON.readTree(http.get(consents, "advocate-houston").body()).findValuesAsText("revokedAt"))
        .containsOnly("null");

    HttpResponse<String> revoked = http.postJson(revoke, "advocate-houston",
        "{\"reason\":\"the victim withdrew consent by phone\"}");
    assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
    JsonNode revocation = JSON.readTree(revoked.body());
    assertThat(revocation.path("consent").path("revokedBy").asText()).isEqualTo("advocate-houston");
    assertThat(revocation.path("withdrawnReferrals")).hasSize(1);
    ProcessEngine engine = node.getBean(ProcessEngine.class);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(referral).count()).isZero();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(referral)
        .activityId("EndEvent_ReferralWithdrawn").count()).isEqualTo(1);
    assertThat(referrals.referralTo(CASE, "legal-aid")).as("the other partner's referral stays").isNotNull();
    assertThat(node.getBean(ConsentRegistry.class).log(mentalHealth.path("id").asText())).containsExactly(
        "recorded by null: mental-health-provider: first-name until " + ConsentedReferrals.today().plusMonths(6),
        "revoked by advocate-houston: the victim withdrew consent by phone",
        "referral withdrawn by advocate-houston: " + revocation.path("withdrawnReferrals").get(0).asText());

    HttpResponse<String> again = http.postJson(revoke, "advocate-houston", "{}");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(JSON.readTree(again.body()).path("detail").asText()).contains("already revoked");
  }

  static String password(String user) {
    // the password policy refuses passwords that contain the user id
    return "Consent-" + Integer.toHexString(user.hashCode()) + "-Ab9!";
  }
}
