package org.collectivehealing.workflow.errors;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * Writes a refusal outside of any controller (filters, the error page, Tomcat) as JSON that says what is wrong:
 * RFC 9457 problem+json under the project's /api, Camunda's {"type":…,"message":…} everywhere else.
 */
public final class JsonRefusals {

  public static final String PROJECT_API = "/api";
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonRefusals() {
  }

  public static boolean isProjectApi(String path) {
    return path != null && (path.equals(PROJECT_API) || path.startsWith(PROJECT_API + "/"));
  }

  /** @param type Camunda-style error type, e.g. AuthenticationRequired (not used in problem+json) */
  public static void write(HttpServletRequest request, HttpServletResponse response, int status, String type,
      String message) throws IOException {
    String path = pathOf(request);
    response.resetBuffer();
    response.setStatus(status);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (isProjectApi(path)) {
      response.setContentType("application/problem+json");
      JSON.writeValue(response.getOutputStream(), problem(status, message, path));
    } else {
      response.setContentType("application/json");
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", type);
      body.put("message", message);
      JSON.writeValue(response.getOutputStream(), body);
    }
  }

  /** RFC 9457 members; detail says what is wrong. */
  public static Map<String, Object> problem(int status, String detail, String path) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", reasonOf(status));
    body.put("status", status);
    body.put("detail", detail);
    if (path != null) {
      body.put("instance", path);
    }
    return body;
  }

  public static String reasonOf(int status) {
    HttpStatus known = HttpStatus.resolve(status);
    return known == null ? "HTTP " + status : known.getReasonPhrase();
  }

  /** The path as requested, without the context path; the original one when forwarded to an error page. */
  public static String pathOf(HttpServletRequest request) {
    Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
    String uri = original instanceof String forwarded ? forwarded : request.getRequestURI();
    String context = request.getContextPath();
    return uri != null && context != null && !context.isEmpty() && uri.startsWith(context)
        ? uri.substring(context.length()) : uri;
  }
}
