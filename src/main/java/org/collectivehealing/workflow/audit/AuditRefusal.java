package org.collectivehealing.workflow.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A call the read audit does not deliver, answered as the engine's REST API answers its errors: type, message. */
final class AuditRefusal {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AuditRefusal() {
  }

  static void send(HttpServletResponse response, int status, String type, String message) throws IOException {
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    Map<String, String> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    JSON.writeValue(response.getOutputStream(), body);
  }
}
