package org.collectivehealing.workflow.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

/** Who is making a request: a REST caller or a user logged in to a webapp. */
@Component
public class Readers {

  private final IdentityService identityService;

  public Readers(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The user id, or null for an anonymous caller (whom the engine refuses anyway). */
  public String current(HttpServletRequest request) {
    // REST: the engine-rest authentication filter, which runs before the audit, has set this
    Authentication engine = identityService.getCurrentAuthentication();
    if (engine != null) {
      return engine.getUserId();
    }
    // Webapps: their login lives in the session. The webapp's own authentication filter, which sets the engine's
    // (and its Authentications') current user, runs inside this one (checked: neither is set here), so the
    // session is where the user is found.
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications logins = AuthenticationUtil.getAuthsFromSession(session);
    return logins.getAuthentications().stream().map(UserAuthentication::getIdentityId).findFirst().orElse(null);
  }
}
