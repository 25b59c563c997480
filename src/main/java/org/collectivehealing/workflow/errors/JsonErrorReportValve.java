package org.collectivehealing.workflow.errors;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's last word on an error nobody answered, e.g. a request line with %00 or %ZZ that Tomcat refuses before
 * the application sees it: JSON instead of Tomcat's HTML page.
 */
public class JsonErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    try {
      JsonRefusals.write(request, response, status, JsonRefusals.reasonOf(status).replace(" ", ""),
          messageOf(status, response.getMessage()));
      response.finishResponse();
    } catch (IOException | IllegalStateException e) {
      // the client has gone or the answer is under way; nothing more to say
    }
  }

  private static String messageOf(int status, String message) {
    if (status == 400 && (message == null || message.isBlank() || message.contains("URI"))) {
      return "The request's path or query is not valid: it holds a character or %-escape that is not allowed "
          + "(such as %00 or an incomplete escape)";
    }
    if (status >= 500) {
      return "The server failed on this request; the error is logged";
    }
    return message == null || message.isBlank() ? JsonRefusals.reasonOf(status) : message;
  }
}
