package org.collectivehealing.workflow.consent;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.collectivehealing.workflow.security.AsTheSystem;
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
  private final AsTheSystem asTheSystem;

  public RevokeConsentService(ConsentRegistry consents, RuntimeService runtime, AsTheSystem asTheSystem) {
    this.consents = consents;
    this.runtime = runtime;
    this.asTheSystem = asTheSystem;
  }

  @Transactional
  public Revocation revoke(String consentId, String revokedBy, String reason) {
    Consent consent = consents.find(consentId).orElseThrow(() -> new ConsentNotFoundException(consentId));
    if (!consents.revoke(consentId, revokedBy, reason)) {
      throw new ConsentAlreadyRevokedException(consent);
    }
    // Advocates may read referrals but hold no permission to change partner-referral instances (least privilege,
    // README "Who sees what"), so the withdrawal runs as the system; the query stays within the consent's own
    // site, and the caller's right to revoke was checked before.
    List<String> withdrawn = asTheSystem.run(() -> {
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
}
