package org.collectivehealing.workflow.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Spring's error page (/error), reached by sendError and by exceptions no handler answered: JSON that says what
 * went wrong, problem+json for /api, even when a browser asks for HTML on an API path; 503 with Retry-After when
 * the database cannot be reached ({@link DatabaseOutage}). Other paths keep the HTML page for browsers.
 */
public class JsonErrorController extends BasicErrorController {

  private static final List<String> API_PATHS = List.of(JsonRefusals.PROJECT_API + "/", "/engine-rest/",
      "/camunda/api/", "/actuator/");

  private final ErrorAttributes errorAttributes;

  public JsonErrorController(ErrorAttributes errorAttributes, ServerProperties server,
      List<ErrorViewResolver> errorViewResolvers) {
    super(errorAttributes, server.getError(), errorViewResolvers);
    this.errorAttributes = errorAttributes;
  }

  @Override
  public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
    String path = JsonRefusals.pathOf(request);
    if (path == null || API_PATHS.stream().noneMatch(api -> (path + "/").startsWith(api))) {
      return super.errorHtml(request, response);
    }
    try {
      boolean outage = isOutage(request);
      HttpStatus status = statusOf(request, outage);
      if (outage) {
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS);
      }
      JsonRefusals.write(request, response, status.value(), typeOf(outage, status), messageOf(request, outage, status));
    } catch (IOException e) {
      // the client has gone
    }
    return new ModelAndView();
  }

  @Override
  public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
    boolean outage = isOutage(request);
    HttpStatus status = statusOf(request, outage);
    String path = JsonRefusals.pathOf(request);
    String message = messageOf(request, outage, status);
    ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
    if (outage) {
      answer.header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS);
    }
    if (JsonRefusals.isProjectApi(path)) {
      return answer.contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(JsonRefusals.problem(status.value(), message, path));
    }
    return answer.contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("type", typeOf(outage, status), "message", message));
  }

  /** An exception no handler answered that is the database's absence is a 503 to try again after. */
  @Override
  protected HttpStatus getStatus(HttpServletRequest request) {
    return statusOf(request, isOutage(request));
  }

  private HttpStatus statusOf(HttpServletRequest request, boolean outage) {
    return outage ? HttpStatus.valueOf(DatabaseOutage.STATUS) : super.getStatus(request);
  }

  private boolean isOutage(HttpServletRequest request) {
    return DatabaseOutage.isCauseOf(errorAttributes.getError(new ServletWebRequest(request)));
  }

  private static String typeOf(boolean outage, HttpStatus status) {
    return outage ? DatabaseOutage.TYPE : status.getReasonPhrase().replace(" ", "");
  }

  /** What sendError said; an exception's own text only for a caller's mistake, as it may show internals. */
  private static String messageOf(HttpServletRequest request, boolean outage, HttpStatus status) {
    Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
    if (outage) {
      return DatabaseOutage.MESSAGE;
    }
    if (status.is5xxServerError()) {
      return "The server failed on this request; the error is logged";
    }
    if (message instanceof String text && !text.isBlank()) {
      return text;
    }
    return status == HttpStatus.NOT_FOUND ? "No such resource: " + JsonRefusals.pathOf(request)
        : status.getReasonPhrase();
  }
}
