package org.collectivehealing.workflow.victimsupport;

import org.collectivehealing.workflow.forms.ChecklistValues;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.collectivehealing.workflow.consent.Consent;
import org.collectivehealing.workflow.consent.ConsentRegistry;
import org.springframework.stereotype.Component;

/**
 * Splits the routed referrals by the consent records of the case ({@link ConsentRegistry}), not by the form's
 * variables, so that a consent revoked since counts as none. A referral whose partner category a consent covers
 * today goes into {@code consentedReferrals} with a referral number and {@code sharedDetails} holding only the
 * details that category's consent releases; every other referral goes into {@code uncoveredReferrals}, which the
 * advocate gives to the victim directly ({@code referralsToGiveDirectly} says it in words). No consent, or an
 * expired or revoked one, covers nothing.
 */
@Component("selectConsentedReferralsDelegate")
public class SelectConsentedReferralsDelegate implements JavaDelegate {

  private final ConsentRegistry consents;

  public SelectConsentedReferralsDelegate(ConsentRegistry consents) {
    this.consents = consents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = ConsentRegistry.today();
    String victimCaseNumber = (String) execution.getVariable("victimCaseNumber");
    SpinJsonNode consented = Spin.JSON("[]");
    SpinJsonNode uncovered = Spin.JSON("[]");
    List<String> toGiveDirectly = new ArrayList<>();
    for (SpinJsonNode routed : ((SpinJsonNode) execution.getVariable("routedReferrals")).elements()) {
      String category = routed.prop("partnerCategory").stringValue();
      Optional<Consent> consent = consents.covering(victimCaseNumber, category, today);
      if (consent.isPresent()) {
        SpinJsonNode referral = Spin.JSON(routed.toString());
        referral.prop("referralNumber", victimCaseNumber + "-R" + (consented.elements().size() + 1));
        referral.prop("victimCaseNumber", victimCaseNumber);
        referral.prop("sharedDetails", sharedDetails(execution, consent.get().dataClasses()));
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
  private static SpinJsonNode sharedDetails(DelegateExecution execution, List<String> released) {
    SpinJsonNode details = Spin.JSON("{}");
    String firstName = text(execution, "contactFirstName");
    if (released.contains("first-name")) {
      details.prop("firstName", firstName);
    }
    if (released.contains("full-name")) {
      details.prop("fullName", firstName + " " + text(execution, "contactLastName"));
    }
    if (released.contains("phone")) {
      details.prop("phone", text(execution, "contactPhone"));
    }
    if (released.contains("address")) {
      details.prop("address", text(execution, "contactAddress"));
    }
    if (released.contains("language")) {
      details.prop("language", text(execution, "preferredLanguage"));
    }
    if (released.contains("needs-summary")) {
      details.prop("needsSummary", String.join(", ", ChecklistValues.of(execution.getVariable("needs"))));
    }
    return details;
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? "" : value.toString();
  }
}
