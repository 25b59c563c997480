package org.collectivehealing.workflow.fuzz;

import java.util.List;
import java.util.Map;

/**
 * The real cases a site has once its caseworkers have worked them over REST: an incident, a victim case with
 * its timers, the advocate's and the police's tasks, recorded consents, a partner referral.
 */
record SiteCases(String site, String caseNumber, String victimCaseNumber, String referralNumber,
    List<Instance> instances, List<OpenTask> tasks, List<String> timerJobIds, List<String> consentIds,
    Secrets secrets) {

  record Instance(String id, String process) {
  }

  /** An open task, the agency it is routed to, and answers that would pass its form. */
  record OpenTask(String id, String key, String group, String instanceId, String validVariables) {
  }

  /** Values only some agencies may read: who may is decided in {@link FuzzTargets#hiddenFrom}. */
  record Secrets(String lastName, String phone, String address, String advocateNote) {
  }

  Instance instance(String process) {
    return instances.stream().filter(i -> i.process().equals(process)).findFirst().orElseThrow();
  }

  OpenTask task(String key) {
    return tasks.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
  }

  /** Every id of this site a caller of another site must never be shown. */
  List<String> ids() {
    List<String> ids = new java.util.ArrayList<>(List.of(caseNumber, victimCaseNumber, referralNumber));
    instances.forEach(i -> ids.add(i.id()));
    tasks.forEach(t -> ids.add(t.id()));
    ids.addAll(timerJobIds);
    ids.addAll(consentIds);
    return ids;
  }

  static final Map<String, String> CONFIDENTIAL_PROCESSES = Map.of("victim-support", "victim case",
      "victims-rights-notice", "rights notice", "partner-referral", "referral");
}
