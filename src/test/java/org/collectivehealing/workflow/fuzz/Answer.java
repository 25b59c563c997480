package org.collectivehealing.workflow.fuzz;

import java.net.http.HttpResponse;
import org.collectivehealing.workflow.Http;

/** What the application answered, whichever way the request went out. */
record Answer(int status, String contentType, String body) {

  static Answer of(HttpResponse<String> response) {
    return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
        response.body());
  }

  static Answer of(Http.RawResponse response) {
    return new Answer(response.statusCode(), response.contentType(), response.body());
  }

  boolean accepted() {
    return status >= 200 && status < 300;
  }

  boolean refused() {
    return status >= 400 && status < 500;
  }
}
