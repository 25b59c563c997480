package org.collectivehealing.workflow.consent;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/** Every refusal of the consent API as JSON that says what went wrong: {"status":…,"error":…,"message":…}. */
@RestControllerAdvice(assignableTypes = ConsentController.class)
public class ConsentApiErrors {

  public record ApiError(int status, String error, String message) {
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<ApiError> refused(ResponseStatusException e) {
    return error(e.getStatusCode(), e.getReason());
  }

  @ExceptionHandler(ConsentNotFoundException.class)
  ResponseEntity<ApiError> notFound(ConsentNotFoundException e) {
    return error(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(ConsentAlreadyRevokedException.class)
  ResponseEntity<ApiError> alreadyRevoked(ConsentAlreadyRevokedException e) {
    return error(HttpStatus.CONFLICT, e.getMessage());
  }

  private static ResponseEntity<ApiError> error(HttpStatusCode status, String message) {
    String error = status instanceof HttpStatus known ? known.getReasonPhrase() : String.valueOf(status.value());
    return ResponseEntity.status(status).body(new ApiError(status.value(), error, message));
  }
}
