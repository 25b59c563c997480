package org.collectivehealing.workflow.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.collectivehealing.workflow.errors.DatabaseOutage;

/** An answer of the engine's REST API that says what went wrong, in Camunda's shape {"type":…,"message":…}. */
record EngineRefusal(int status, String type, String message) {

  Response toResponse() {
    ExceptionDto body = new ExceptionDto();
    body.setType(type);
    body.setMessage(message);
    Response.ResponseBuilder answer = Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE);
    if (status == DatabaseOutage.STATUS) {
      answer.header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS);
    }
    return answer.build();
  }
}
