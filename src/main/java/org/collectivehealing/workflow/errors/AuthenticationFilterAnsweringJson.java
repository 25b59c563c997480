package org.collectivehealing.workflow.errors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's HTTP Basic login for REST paths, whose refusal says what to do: Camunda answers 401 with the
 * WWW-Authenticate challenge and no body; this adds one when the request went no further than the login.
 */
public class AuthenticationFilterAnsweringJson extends ProcessEngineAuthenticationFilter {

  static final String MESSAGE = "Log in: send an Authorization header with HTTP Basic credentials (user id and "
      + "password); these were missing or not accepted. After failed attempts, wait before the next one.";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean[] passed = {false};
    super.doFilter(request, response, (req, res) -> {
      passed[0] = true;
      chain.doFilter(req, res);
    });
    HttpServletResponse http = (HttpServletResponse) response;
    if (!passed[0] && http.getStatus() == HttpServletResponse.SC_UNAUTHORIZED && !http.isCommitted()) {
      JsonRefusals.write((HttpServletRequest) request, http, HttpServletResponse.SC_UNAUTHORIZED,
          "AuthenticationRequired", MESSAGE);
    }
  }
}
