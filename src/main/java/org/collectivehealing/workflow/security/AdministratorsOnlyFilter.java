package org.collectivehealing.workflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.collectivehealing.workflow.errors.JsonRefusals;
import org.collectivehealing.workflow.identity.IdentityProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets only administrators through; runs behind an authentication filter that has set the engine's
 * current authentication. Registered for explicit paths only (see {@link RestAuthenticationConfiguration}).
 */
@Component
public class AdministratorsOnlyFilter extends OncePerRequestFilter {

  private final IdentityService identityService;
  private final String adminGroup;

  public AdministratorsOnlyFilter(IdentityService identityService, IdentityProperties identity) {
    this.identityService = identityService;
    this.adminGroup = identity.adminGroup();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getGroupIds() == null
        || !authentication.getGroupIds().contains(adminGroup)) {
      JsonRefusals.write(request, response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
          "Only administrators (members of " + adminGroup + ") may use " + JsonRefusals.pathOf(request));
      return;
    }
    chain.doFilter(request, response);
  }
}
