package org.collectivehealing.workflow.victimsupport;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Asks the {@value #DECISION} decision, once for each assessed need, which kind of partner should help, how
 * urgently, and how long the partner has to accept. The routing rules live in the decision table; this only
 * collects its answers into {@code routedReferrals} (a JSON array) and notes {@code financialNeed}.
 */
@Component("routeReferralsDelegate")
public class RouteReferralsDelegate implements JavaDelegate {

  static final String DECISION = "referral-routing";

  @Override
  public void execute(DelegateExecution execution) {
    DecisionService decisions = execution.getProcessEngineServices().getDecisionService();
    List<String> needs = ChecklistValues.of(execution.getVariable("needs"));
    SpinJsonNode referrals = Spin.JSON("[]");
    for (String need : needs) {
      DmnDecisionResultEntries route = decisions.evaluateDecisionByKey(DECISION)
          .variables(Map.of("need", need, "language", execution.getVariable("preferredLanguage"),
              "preference", execution.getVariable("supportPreference")))
          .evaluate().getSingleResult();
      SpinJsonNode referral = Spin.JSON("{}");
      referral.prop("need", need);
      referral.prop("partnerCategory", (String) route.getEntry("partnerCategory"));
      referral.prop("urgency", (String) route.getEntry("urgency"));
      referral.prop("respondWithin", (String) route.getEntry("respondWithin"));
      referrals.append(referral);
    }
    execution.setVariable("routedReferrals", referrals);
    execution.setVariable("financialNeed", needs.contains("financial"));
  }
}
