package org.collectivehealing.workflow.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.Spin;

/**
 * A victim case in the running application with consent for two kinds of partner (mental health, legal aid)
 * and an open referral to each: victim-support started at "Record consent", consent and needs completed, the
 * routing jobs run by hand (tests turn the job executor off so that each step is seen).
 */
final class ConsentedReferrals {

  private final ProcessEngine engine;

  ConsentedReferrals(ProcessEngine engine) {
    this.engine = engine;
  }

  static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  ProcessInstance open(String site, String victimCase) {
    ProcessInstance victimSupport = engine.getRuntimeService().createProcessInstanceByKey("victim-support")
        .businessKey(victimCase)
        .setVariables(Map.of("site", site, "incidentCaseNumber", victimCase.replaceAll("-V\\d+$", ""),
            "victimCaseNumber", victimCase, "victimStatus", "injured", "siteState", "TX", "contactFirstName", "Maria",
            "contactLastName", "Lopez", "contactPhone", "713 555 0100", "contactAddress", "12 Elm Street"))
        .startBeforeActivity("UserTask_RecordConsent").execute();
    complete(victimSupport, "UserTask_RecordConsent", new HashMap<>(Map.of("consentGiven", "yes",
        "consentGivenBy", "victim", "consentRecipientCategories", Spin.JSON("[\"mental-health-provider\",\"legal-aid\"]"),
        "consentDataClasses", Spin.JSON("[\"first-name\"]"), "consentGivenOn", today().toString(),
        "consentExpiresOn", today().plusMonths(6).toString(), "writtenConsentConfirmed", true)));
    complete(victimSupport, "UserTask_AssessNeeds", Map.of("needs", Spin.JSON("[\"mental-health\",\"legal\"]"),
        "preferredLanguage", "spanish", "supportPreference", "community-based", "advocateNotes", "Sleeps badly"));
    runJob(victimSupport, "ServiceTask_RouteReferrals");
    runJob(victimSupport, "ServiceTask_SelectConsentedReferrals");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("partner-referral")
        .variableValueEquals("victimCaseNumber", victimCase).count()).isEqualTo(2);
    return victimSupport;
  }

  ProcessInstance referralTo(String victimCase, String category) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("partner-referral")
        .variableValueEquals("victimCaseNumber", victimCase).variableValueEquals("partnerCategory", category)
        .singleResult();
  }

  private void complete(ProcessInstance instance, String taskKey, Map<String, Object> values) {
    engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).singleResult().getId(), values);
  }

  private void runJob(ProcessInstance instance, String activityId) {
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(instance.getId()).activityId(activityId).singleResult().getId());
  }
}
