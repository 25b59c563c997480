package org.collectivehealing.workflow.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;

/** An answer of the engine's REST API that says what went wrong, in Camunda's shape {"type":…,"message":…}. */
record EngineRefusal(int status, String type, String message) {

  Response toResponse() {
    ExceptionDto body = new ExceptionDto();
    body.setType(type);
    body.setMessage(message);
    return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }
}
