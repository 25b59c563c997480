package org.collectivehealing.workflow.consent;

import java.util.List;

/** A revoked consent and the referral numbers its revocation withdrew. */
public record Revocation(Consent consent, List<String> withdrawnReferrals) {
}
