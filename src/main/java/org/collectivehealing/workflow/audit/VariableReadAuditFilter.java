package org.collectivehealing.workflow.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.collectivehealing.workflow.audit.VariableRead.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Records every successful read of a victim case's variables through the engine's REST API, whichever door
 * it came through (see {@link AuditConfiguration}). The response is held back until its record is written:
 * a read that cannot be recorded is not delivered (500), so the audit has no gaps.
 */
public class VariableReadAuditFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(VariableReadAuditFilter.class);
  /** Stands for a caller the audit cannot name, rather than leaving the read unrecorded. */
  static final String UNKNOWN_USER = "(unknown)";

  private final List<String> apiRoots;
  private final Readers readers;
  private final VictimCases victimCases;
  private final ReadAudit audit;

  /** @param apiRoots the paths under which the engine's REST API is served, e.g. {@code /engine-rest} */
  public VariableReadAuditFilter(List<String> apiRoots, Readers readers, VictimCases victimCases, ReadAudit audit) {
    this.apiRoots = List.copyOf(apiRoots);
    this.readers = readers;
    this.victimCases = victimCases;
    this.audit = audit;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<VariableRead> read = VariableReadRecognizer.recognise(request.getMethod(), apiPath(request));
    if (read.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    String user = Optional.ofNullable(readers.current(request)).orElse(UNKNOWN_USER);
    ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, held);
    // the path alone: a query string may carry variable values (variableValues=contactLastName_eq_...)
    String resource = request.getMethod() + " " + request.getRequestURI();
    try {
      if (held.getStatus() == HttpServletResponse.SC_OK) {
        for (VictimCase victimCase : casesRead(read.get(), held)) {
          audit.record(user, victimCase, resource);
        }
      }
    } catch (IOException e) {
      // no message: a parser's message quotes the text it stumbled on, which may be a variable's value
      LOG.error("Withholding {} for {}: its response was no list of rows ({})", resource, user,
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

  private static void withhold(ContentCachingResponseWrapper held, HttpServletResponse response) throws IOException {
    held.resetBuffer();
    response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "The read could not be audited");
  }

  private List<VictimCase> casesRead(VariableRead read, ContentCachingResponseWrapper response) throws IOException {
    if (read.scope() != Scope.QUERY && read.scope() != Scope.TASK_QUERY) {
      return victimCases.of(read);
    }
    // A list query is recorded under the cases whose rows it actually returned, taken from the response body:
    // cheap (the rows are in memory already, only their processInstanceId is looked at), exact for unscoped
    // and scoped queries alike, and it never stores the query itself, which may hold variable values.
    return victimCases.ofInstances(InstancesInResponse.of(response.getContentAsByteArray(),
        read.scope() == Scope.TASK_QUERY));
  }

  private String apiPath(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return apiRoots.stream().filter(root -> path.startsWith(root + "/")).findFirst()
        .map(root -> path.substring(root.length())).orElse(null);
  }
}
