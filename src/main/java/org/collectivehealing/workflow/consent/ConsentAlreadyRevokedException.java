package org.collectivehealing.workflow.consent;

/** A consent is revoked once; a second revocation changes nothing and says so. */
public class ConsentAlreadyRevokedException extends RuntimeException {

  public ConsentAlreadyRevokedException(Consent consent) {
    super("Consent " + consent.id() + " was already revoked at " + consent.revokedAt() + " by " + consent.revokedBy());
  }
}
