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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * Spring's error page (/error), reached by sendError and by exceptions no handler answered: JSON that says what
 * went wrong, problem+json for /api, even when a browser asks for HTML on an API path. Other paths keep the
 * HTML page for browsers.
 */
public class JsonErrorController extends BasicErrorController {

  private static final List<String> API_PATHS = List.of(JsonRefusals.PROJECT_API + "/", "/engine-rest/",
      "/camunda/api/", "/actuator/");

  public JsonErrorController(ErrorAttributes errorAttributes, ServerProperties server,
      List<ErrorViewResolver> errorViewResolvers) {
    super(errorAttributes, server.getError(), errorViewResolvers);
  }

  @Override
  public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
    String path = JsonRefusals.pathOf(request);
    if (path == null || API_PATHS.stream().noneMatch(api -> (path + "/").startsWith(api))) {
      return super.errorHtml(request, response);
    }
    try {
      HttpStatus status = getStatus(request);
      JsonRefusals.write(request, response, status.value(), typeOf(status), messageOf(request, status));
    } catch (IOException e) {
      // the client has gone
    }
    return new ModelAndView();
  }

  @Override
  public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
    HttpStatus status = getStatus(request);
    String path = JsonRefusals.pathOf(request);
    String message = messageOf(request, status);
    if (JsonRefusals.isProjectApi(path)) {
      return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(JsonRefusals.problem(status.value(), message, path));
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("type", typeOf(status), "message", message));
  }

  private static String typeOf(HttpStatus status) {
    return status.getReasonPhrase().replace(" ", "");
  }

  /** What sendError said; an exception's own text only for a caller's mistake, as it may show internals. */
  private static String messageOf(HttpServletRequest request, HttpStatus status) {
    Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
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
