package org.collectivehealing.workflow.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine work without the caller's engine authentication, then gives it back. For the project's own
 * services that check the caller's right themselves (their own site, their own group) and then do what the
 * caller's engine permissions do not cover, least privilege being kept for every other door.
 */
@Component
public class AsTheSystem {

  private final IdentityService identity;

  public AsTheSystem(IdentityService identity) {
    this.identity = identity;
  }

  public <T> T run(Supplier<T> work) {
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
