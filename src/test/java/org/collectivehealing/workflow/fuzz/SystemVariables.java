package org.collectivehealing.workflow.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

/**
 * Variables the application owns (case numbers, who reported and when, the site): a caller may never set
 * them. When a request carrying them is accepted, the instance must not hold the caller's values.
 */
final class SystemVariables {

  static final List<String> NAMES = List.of("caseNumber", "reportedBy", "reportedAt", "site", "victimCaseNumber",
      "incidentCaseNumber", "referralNumber", "wellnessCaseNumber", "victimsIdentified");

  private SystemVariables() {
  }

  /** Values a hostile caller of {@code site} would like: the other site's numbers and commander, another date. */
  static Map<String, String> forged(FuzzTargets targets, String site) {
    SiteCases other = targets.site(FuzzTargets.otherSite(site));
    Map<String, String> forged = new LinkedHashMap<>();
    forged.put("caseNumber", other.caseNumber());
    forged.put("reportedBy", CaseOpener.user("command", other.site()));
    forged.put("reportedAt", "2020-01-01T00:00:00");
    forged.put("site", other.site());
    forged.put("victimCaseNumber", other.victimCaseNumber());
    forged.put("incidentCaseNumber", other.caseNumber());
    forged.put("referralNumber", other.referralNumber());
    return forged;
  }

  /** For an answer that names the instance it started ({"id":…}). */
  static HostileRequest.AfterAccepted startedInstanceHoldsNone(Map<String, String> forged, String site,
      String forgedBusinessKey) {
    return (answer, engine) -> {
      String id = CaseOpener.field(answer.body(), "id");
      return id.isBlank() ? "the answer names no instance" : violation(engine, id, forged, site, forgedBusinessKey);
    };
  }

  static HostileRequest.AfterAccepted instanceHoldsNone(String instanceId, Map<String, String> forged, String site) {
    return (answer, engine) -> violation(engine, instanceId, forged, site, null);
  }

  private static String violation(ProcessEngine engine, String instanceId, Map<String, String> forged, String site,
      String forgedBusinessKey) {
    HistoricProcessInstance instance = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(instanceId).singleResult();
    if (instance == null) {
      return "instance " + instanceId + " not found";
    }
    if (!site.equals(instance.getTenantId())) {
      return "instance " + instanceId + " belongs to site " + instance.getTenantId();
    }
    if (forgedBusinessKey != null && forgedBusinessKey.equals(instance.getBusinessKey())) {
      return "instance " + instanceId + " took the business key " + forgedBusinessKey;
    }
    for (HistoricVariableInstance variable : engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instanceId).list()) {
      String value = forged.get(variable.getName());
      if (value != null && value.equals(String.valueOf(variable.getValue()))) {
        return "instance " + instanceId + " took " + variable.getName() + "=" + value;
      }
    }
    return null;
  }
}
