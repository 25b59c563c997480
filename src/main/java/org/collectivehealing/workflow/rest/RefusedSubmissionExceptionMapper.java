package org.collectivehealing.workflow.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Some REST endpoints (starting a process with variables, completing a task) answer every engine error with
 * 500. A submission the engine refused for its values is the caller's mistake: answer 400 with the message
 * that names the field (403 when the caller may not make it at all). Everything else is answered as Camunda's own handler does.
 */
@Priority(1)
public class RefusedSubmissionExceptionMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camundaHandler = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException || cause instanceof BadUserRequestException) {
        return refusal(Response.Status.BAD_REQUEST, cause);
      }
      if (cause instanceof AuthorizationException) {
        return refusal(Response.Status.FORBIDDEN, cause);
      }
      if (cause == cause.getCause()) {
        break;
      }
    }
    return camundaHandler.toResponse(exception);
  }

  private static Response refusal(Response.Status status, Throwable cause) {
    ExceptionDto body = new ExceptionDto();
    body.setType(cause.getClass().getSimpleName());
    body.setMessage(cause.getMessage());
    return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }
}
