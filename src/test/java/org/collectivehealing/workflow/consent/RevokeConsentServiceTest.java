package org.collectivehealing.workflow.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Revocation in the application as it runs (Spring transactions, the real victim-support and partner-referral,
 * the real routing decision) on an in-memory H2, on cases opened by {@link ConsentedReferrals}.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:consent-revocation;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
// closed afterwards: its engine would otherwise stay registered beside the process tests' own engine, and
// BpmnAwareTests in the same JVM would no longer know which engine to use
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RevokeConsentServiceTest {

  static final AtomicInteger CASES = new AtomicInteger();

  @Autowired
  RevokeConsentService revocations;
  @MockitoSpyBean
  ConsentRegistry consents;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  HistoryService history;
  @Autowired
  ProcessEngine engine;
  ConsentedReferrals referrals;

  @BeforeEach
  void referrals() {
    referrals = new ConsentedReferrals(engine);
  }

  @Test
  void revokingWithdrawsTheOpenReferralToThatRecipientOnlyAndVictimSupportCarriesOn() {
    String victimCase = caseWithTwoConsentedReferrals();
    ProcessInstance victimSupport = runtime.createProcessInstanceQuery().processInstanceBusinessKey(victimCase)
        .processDefinitionKey("victim-support").singleResult();
    Consent mentalHealth = consentFor(victimCase, "mental-health-provider");
    String mentalHealthReferral = referralTo(victimCase, "mental-health-provider").getId();

    Revocation revocation = revocations.revoke(mentalHealth.id(), "advocate-houston", "victim changed her mind");

    assertThat(revocation.consent().revoked()).isTrue();
    assertThat(revocation.consent().revokedBy()).isEqualTo("advocate-houston");
    assertThat(revocation.withdrawnReferrals()).singleElement().asString().startsWith(victimCase + "-R");
    assertThat(tasks.createTaskQuery().processInstanceId(mentalHealthReferral).count()).as("partner's task").isZero();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(mentalHealthReferral).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(mentalHealthReferral)
        .activityId("EndEvent_ReferralWithdrawn").count()).isEqualTo(1);
    assertThat(referralTo(victimCase, "legal-aid")).as("the other recipient's referral stays").isNotNull();
    assertThat(consents.covering(victimCase, "mental-health-provider", today())).isEmpty();
    assertThat(consents.log(mentalHealth.id())).hasSize(3);
    assertThat(consents.log(mentalHealth.id()).get(1)).isEqualTo("revoked by advocate-houston: victim changed her mind");
    assertThat(consents.log(mentalHealth.id()).get(2))
        .isEqualTo("referral withdrawn by advocate-houston: " + revocation.withdrawnReferrals().get(0));

    revocations.revoke(consentFor(victimCase, "legal-aid").id(), "advocate-houston", "victim changed her mind");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(victimSupport.getId()).count())
        .as("victim-support is still running").isEqualTo(1);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(victimSupport.getId())
        .activityId("Gateway_ReferralPathsDone").finished().count()).as("and went on past the referrals").isPositive();
    assertThat(management.createJobQuery().processInstanceId(victimSupport.getId()).withException().count()).isZero();
  }

  @Test
  void aRevocationThatFailsMidwayLeavesEverythingAsItWas() {
    String victimCase = caseWithTwoConsentedReferrals();
    Consent legalAid = consentFor(victimCase, "legal-aid");
    String referral = referralTo(victimCase, "legal-aid").getId();
    doThrow(new IllegalStateException("consent log unavailable")).when(consents)
        .logReferralWithdrawn(anyString(), anyString(), anyString());

    assertThatThrownBy(() -> revocations.revoke(legalAid.id(), "advocate-houston", "victim changed her mind"))
        .hasMessageContaining("consent log unavailable");

    assertThat(consents.find(legalAid.id()).orElseThrow().revoked()).isFalse();
    assertThat(consents.log(legalAid.id())).singleElement().asString().startsWith("recorded");
    assertThat(tasks.createTaskQuery().processInstanceId(referral).taskDefinitionKey("UserTask_AcceptReferral")
        .count()).as("the partner still has the referral").isEqualTo(1);
    assertThat(consents.covering(victimCase, "legal-aid", today())).isPresent();
  }

  @Test
  void aConsentIsRevokedOnlyOnce() {
    String victimCase = caseWithTwoConsentedReferrals();
    Consent legalAid = consentFor(victimCase, "legal-aid");
    revocations.revoke(legalAid.id(), "advocate-houston", "first");

    assertThatThrownBy(() -> revocations.revoke(legalAid.id(), "advocate-houston", "second"))
        .isInstanceOf(ConsentAlreadyRevokedException.class);
    assertThatThrownBy(() -> revocations.revoke("no-such-consent", "advocate-houston", "none"))
        .isInstanceOf(ConsentNotFoundException.class);
  }

  private String caseWithTwoConsentedReferrals() {
    String victimCase = "HOU-2026-0042-V" + CASES.incrementAndGet();
    referrals.open("houston", victimCase);
    return victimCase;
  }

  private Consent consentFor(String victimCase, String category) {
    return consents.ofCase(victimCase).stream().filter(c -> c.recipientCategory().equals(category)).findFirst()
        .orElseThrow();
  }

  private ProcessInstance referralTo(String victimCase, String category) {
    return referrals.referralTo(victimCase, category);
  }

  private static LocalDate today() {
    return ConsentedReferrals.today();
  }
}
