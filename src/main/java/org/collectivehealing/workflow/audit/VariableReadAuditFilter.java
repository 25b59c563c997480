package org.collectivehealing.workflow.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Records every successful read of a victim case's variables through the engine's REST API, whichever door it
 * came through (see {@link AuditConfiguration}), and fails closed: a call that reaches no known resource method,
 * or one whose variables cannot be attributed to a case, is refused. The response is held back until its
 * record is written: a read that cannot be recorded is not delivered (503), so the audit has no gaps.
 */
public class VariableReadAuditFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(VariableReadAuditFilter.class);
  /** Stands for a caller the audit cannot name, rather than leaving the read unrecorded. */
  static final String UNKNOWN_USER = "(unknown)";

  private final Map<String, VariableReadRecognizer> doors;
  private final Readers readers;
  private final VictimCases victimCases;
  private final ReadAudit audit;

  /**
   * @param doors the paths under which the engine's REST API is served (e.g. {@code /engine-rest}), each with
   *     the recogniser of the methods served there
   */
  public VariableReadAuditFilter(Map<String, VariableReadRecognizer> doors, Readers readers,
      VictimCases victimCases, ReadAudit audit) {
    this.doors = new LinkedHashMap<>(doors);
    this.readers = readers;
    this.victimCases = victimCases;
    this.audit = audit;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<Map.Entry<String, VariableReadRecognizer>> door = doors.entrySet().stream()
        .filter(root -> path.equals(root.getKey()) || path.startsWith(root.getKey() + "/")).findFirst();
    String apiPath = door.map(root -> path.substring(root.getKey().length())).orElse(null);
    Optional<VariableRead> read = door.flatMap(root -> root.getValue().recognise(request.getMethod(), apiPath));
    if (read.isEmpty()) {
      refuseUnknown(request, response, door.isPresent() && door.get().getValue().servesPath(apiPath));
      return;
    }
    Disclosure disclosure = read.get().disclosure();
    if (disclosure == Disclosure.NONE) {
      chain.doFilter(request, response);
      return;
    }
    if (disclosure == Disclosure.UNAUDITABLE) {
      LOG.warn("Refused {} {}: it returns variables the audit cannot attribute", request.getMethod(),
          request.getRequestURI());
      AuditRefusal.send(response, HttpServletResponse.SC_FORBIDDEN, "UnauditedRead",
          request.getMethod() + " on this path returns variables that the read audit cannot attribute to a case,"
              + " so it is not served");
      return;
    }
    auditAndDeliver(read.get(), request, response, chain);
  }

  private void auditAndDeliver(VariableRead read, HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String user = Optional.ofNullable(readers.current(request)).orElse(UNKNOWN_USER);
    ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, held);
    // the path alone: a query string may carry variable values (variableValues=contactLastName_eq_...)
    String resource = request.getMethod() + " " + request.getRequestURI();
    try {
      if (held.getStatus() == HttpServletResponse.SC_OK) {
        for (VictimCase victimCase : casesRead(read, held)) {
          audit.record(user, victimCase, resource);
        }
      }
    } catch (IOException e) {
      // no message: a parser's message quotes the text it stumbled on, which may be a variable's value
      LOG.error("Withholding {} for {}: its response says not whose variables it holds ({})", resource, user,
          e.getClass().getSimpleName());
      withhold(held, response);
      return;
    } catch (RuntimeException e) {
      LOG.error("Withholding {} for {}: the read could not be recorded in the audit", resource, user, e);
      withhold(held, response);
      return;
    }
    held.copyBodyToResponse();
  }

  private List<VictimCase> casesRead(VariableRead read, ContentCachingResponseWrapper response) throws IOException {
    if (read.disclosure().isScoped()) {
      return victimCases.of(read).orElseThrow(() -> new IOException("what the path names was not found"));
    }
    // A list is recorded under the cases whose rows it actually returned, taken from the response body: cheap
    // (the rows are in memory already, only their instance ids are looked at), exact for unscoped and scoped
    // queries alike, and it never stores the query itself, which may hold variable values.
    return victimCases.ofInstances(InstancesInResponse.of(response.getContentAsByteArray(), read.disclosure()));
  }

  private static void withhold(ContentCachingResponseWrapper held, HttpServletResponse response) throws IOException {
    held.resetBuffer();
    // a fault on our side, not the caller's: the read may succeed when tried again
    AuditRefusal.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "ReadAuditUnavailable",
        "The variables read could not be recorded in the read audit, so they are not delivered; try again later");
  }

  private static void refuseUnknown(HttpServletRequest request, HttpServletResponse response, boolean pathServed)
      throws IOException {
    // the path alone, as in the audit; a refusal here that a webapp caused would show a method missing
    LOG.warn("Refused {} {}: no resource method of the engine's REST API serves it", request.getMethod(),
        request.getRequestURI());
    if (pathServed) {
      AuditRefusal.send(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "MethodNotAllowed",
          request.getMethod() + " is not served on this path of the engine's REST API");
    } else {
      AuditRefusal.send(response, HttpServletResponse.SC_NOT_FOUND, "NotFound",
          "No resource of the engine's REST API has this path (paths are case-sensitive; no empty segments)");
    }
  }
}
