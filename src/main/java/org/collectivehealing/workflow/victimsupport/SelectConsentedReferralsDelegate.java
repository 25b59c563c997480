package org.collectivehealing.workflow.victimsupport;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Splits the routed referrals by the consent on record. A referral whose partner category a valid consent
 * covers goes into {@code consentedReferrals} with a referral number and {@code sharedDetails} holding only
 * the details the consent releases; every other referral goes into {@code uncoveredReferrals}, which the
 * advocate gives to the victim directly ({@code referralsToGiveDirectly} says it in words). No consent, or an
 * expired one, covers nothing.
 */
@Component("selectConsentedReferralsDelegate")
public class SelectConsentedReferralsDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    ConsentRecord consent = ConsentRecord.of(execution);
    String victimCaseNumber = (String) execution.getVariable("victimCaseNumber");
    SpinJsonNode consented = Spin.JSON("[]");
    SpinJsonNode uncovered = Spin.JSON("[]");
    List<String> toGiveDirectly = new ArrayList<>();
    for (SpinJsonNode routed : ((SpinJsonNode) execution.getVariable("routedReferrals")).elements()) {
      String category = routed.prop("partnerCategory").stringValue();
      if (consent.covers(category)) {
        SpinJsonNode referral = Spin.JSON(routed.toString());
        referral.prop("referralNumber", victimCaseNumber + "-R" + (consented.elements().size() + 1));
        referral.prop("victimCaseNumber", victimCaseNumber);
        referral.prop("sharedDetails", sharedDetails(execution, consent));
        consented.append(referral);
      } else {
        uncovered.append(routed);
        toGiveDirectly.add(routed.prop("need").stringValue() + ": " + category);
      }
    }
    execution.setVariable("consentedReferrals", consented);
    execution.setVariable("uncoveredReferrals", uncovered);
    execution.setVariable("referralsToGiveDirectly", String.join("; ", toGiveDirectly));
  }

  /** Only what the consent releases; an empty object when it releases nothing. */
  private static SpinJsonNode sharedDetails(DelegateExecution execution, ConsentRecord consent) {
    SpinJsonNode details = Spin.JSON("{}");
    String firstName = text(execution, "contactFirstName");
    if (consent.releases("first-name")) {
      details.prop("firstName", firstName);
    }
    if (consent.releases("full-name")) {
      details.prop("fullName", firstName + " " + text(execution, "contactLastName"));
    }
    if (consent.releases("phone")) {
      details.prop("phone", text(execution, "contactPhone"));
    }
    if (consent.releases("address")) {
      details.prop("address", text(execution, "contactAddress"));
    }
    if (consent.releases("language")) {
      details.prop("language", text(execution, "preferredLanguage"));
    }
    if (consent.releases("needs-summary")) {
      details.prop("needsSummary", String.join(", ", ChecklistValues.of(execution.getVariable("needs"))));
    }
    return details;
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? "" : value.toString();
  }
}
