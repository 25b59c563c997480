package org.collectivehealing.workflow.victimsupport;

import org.collectivehealing.workflow.forms.ChecklistValues;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Asks the {@value #DECISION} decision, once for each assessed need, which kind of partner should help, how
 * urgently, and how long the partner has to accept. The routing rules live in the decision table; this only
 * collects its answers into {@code routedReferrals} (a JSON array) and notes {@code financialNeed}.
 *
 * <p>One evaluation per need through the DecisionService rather than a multi-instance business rule task: the
 * answers are needed together, as one list, and a multi-instance task would need a listener to collect them.
 * The task runs asynchronously, so the evaluation happens in the job executor, retried on failure, and each
 * evaluation still shows in Cockpit's decision history.
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
          .variables(Variables.createVariables().putValue("need", need)
              .putValue("language", execution.getVariable("preferredLanguage"))
              .putValue("preference", execution.getVariable("supportPreference")))
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
