package org.collectivehealing.workflow.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Some REST endpoints (starting a process with variables, completing a task) answer every engine error with
 * 500. A submission the engine refused for its values is the caller's mistake: answer 400 with the message
 * that names the field. Everything else is answered as Camunda's own handler does.
 */
@Priority(1)
public class RefusedSubmissionExceptionMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camundaHandler = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException refusal) {
        ExceptionDto body = new ExceptionDto();
        body.setType(FormFieldValidationException.class.getSimpleName());
        body.setMessage(refusal.getMessage());
        return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE)
            .build();
      }
      if (cause == cause.getCause()) {
        break;
      }
    }
    return camundaHandler.toResponse(exception);
  }
}
