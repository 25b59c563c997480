package org.collectivehealing.workflow.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revokes a consent and stops the sharing it allowed at once: every open partner referral of that victim case
 * to that recipient category receives {@value #MESSAGE}, which withdraws it (partner-referral's event
 * subprocess), and each withdrawal is logged. One transaction: the engine joins it, so if any step fails the
 * consent stays as it was and every referral stays open. Callers check who may revoke (see ConsentAccess).
 */
@Service
public class RevokeConsentService {

  static final String MESSAGE = "ConsentRevoked";
  static final String REFERRAL_PROCESS = "partner-referral";

  private final ConsentRegistry consents;
  private final RuntimeService runtime;
  private final IdentityService identity;

  public RevokeConsentService(ConsentRegistry consents, RuntimeService runtime, IdentityService identity) {
    this.consents = consents;
    this.runtime = runtime;
    this.identity = identity;
  }

  @Transactional
  public Revocation revoke(String consentId, String revokedBy, String reason) {
    Consent consent = consents.find(consentId).orElseThrow(() -> new ConsentNotFoundException(consentId));
    if (!consents.revoke(consentId, revokedBy, reason)) {
      throw new ConsentAlreadyRevokedException(consent);
    }
    List<String> withdrawn = asTheSystem(() -> {
      List<String> referrals = new ArrayList<>();
      for (ProcessInstance referral : openReferrals(consent)) {
        runtime.createMessageCorrelation(MESSAGE).processInstanceId(referral.getId()).correlate();
        consents.logReferralWithdrawn(consentId, revokedBy, referral.getBusinessKey());
        referrals.add(referral.getBusinessKey());
      }
      return referrals;
    });
    return new Revocation(consents.find(consentId).orElseThrow(), withdrawn);
  }

  private List<ProcessInstance> openReferrals(Consent consent) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(REFERRAL_PROCESS).tenantIdIn(consent.tenantId())
        .variableValueEquals("victimCaseNumber", consent.victimCaseNumber())
        .variableValueEquals("partnerCategory", consent.recipientCategory()).list();
  }

  /**
   * Advocates may read referrals but hold no permission to change partner-referral instances (least privilege,
   * README "Who sees what"), so the withdrawal runs without the caller's engine authentication; the query above
   * stays within the consent's own site, and the caller's right to revoke was checked before.
   */
  private <T> T asTheSystem(Supplier<T> work) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
