package org.collectivehealing.workflow.consent;

import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Advocates list a victim case's consents and revoke one. Behind the /api login (RestAuthenticationConfiguration);
 * another site's consent answers 404, as if it did not exist.
 */
@RestController
@RequestMapping(ConsentController.API)
public class ConsentController {

  public static final String API = "/api";
  /** The width of chw_consent_log.detail, where the reason is logged. */
  static final int MAX_REASON_LENGTH = 2000;

  /** The optional body of a revocation: why, in the advocate's words, for the log. */
  public record RevokeRequest(String reason) {
  }

  private final ConsentRegistry consents;
  private final RevokeConsentService revocations;
  private final ConsentAccess access;

  public ConsentController(ConsentRegistry consents, RevokeConsentService revocations, ConsentAccess access) {
    this.consents = consents;
    this.revocations = revocations;
    this.access = access;
  }

  @GetMapping("/cases/{victimCaseNumber}/consents")
  public List<Consent> consentsOfCase(@PathVariable String victimCaseNumber) {
    Authentication advocate = access.advocate();
    return consents.ofCase(victimCaseNumber).stream().filter(consent -> access.sameSite(advocate, consent)).toList();
  }

  @PostMapping("/consents/{id}/revoke")
  public Revocation revoke(@PathVariable String id, @RequestBody(required = false) RevokeRequest request) {
    Authentication advocate = access.advocate();
    String reason = request == null || request.reason() == null ? "revoked by the victim" : request.reason();
    if (reason.length() > MAX_REASON_LENGTH) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The reason may have at most " + MAX_REASON_LENGTH
          + " characters; this one has " + reason.length());
    }
    Consent consent = consents.find(id).filter(found -> access.sameSite(advocate, found))
        .orElseThrow(() -> new ConsentNotFoundException(id));
    return revocations.revoke(consent.id(), advocate.getUserId(), reason);
  }
}
