package org.collectivehealing.workflow.consent;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may see and revoke consents: members of the advocates' group (chw.consent.advocate-group), for consents
 * of their own site (tenant) only. Reads the engine authentication the /api login filter has set.
 */
@Component
public class ConsentAccess {

  private final IdentityService identity;
  private final String advocateGroup;

  public ConsentAccess(IdentityService identity, @Value("${chw.consent.advocate-group}") String advocateGroup) {
    this.identity = identity;
    this.advocateGroup = advocateGroup;
  }

  /** The calling advocate; 401 without a login, 403 for anyone else. */
  public Authentication advocate() {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Log in to see consents");
    }
    if (caller.getGroupIds() == null || !caller.getGroupIds().contains(advocateGroup)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only members of " + advocateGroup
          + " may see or revoke consents");
    }
    return caller;
  }

  public boolean sameSite(Authentication advocate, Consent consent) {
    return advocate.getTenantIds() != null && advocate.getTenantIds().contains(consent.tenantId());
  }
}
