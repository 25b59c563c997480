package org.collectivehealing.workflow.consent;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The consent API's own refusals as RFC 9457 problem+json; Spring's (bad body, 405, 415, ResponseStatusException)
 * are answered the same way by errors.ApiProblemResolver.
 */
@RestControllerAdvice(assignableTypes = ConsentController.class)
public class ConsentApiErrors {

  @ExceptionHandler(ConsentNotFoundException.class)
  ProblemDetail notFound(ConsentNotFoundException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(ConsentAlreadyRevokedException.class)
  ProblemDetail alreadyRevoked(ConsentAlreadyRevokedException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
  }
}
