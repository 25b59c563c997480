package org.collectivehealing.workflow.intake;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The intake's refusals as RFC 9457 problem+json; a refused list carries {@code problems}, one per value to fix.
 * Spring's own (bad body, missing header, 415) are answered the same way by errors.ApiProblemResolver.
 */
@RestControllerAdvice(assignableTypes = VictimIntakeController.class)
public class VictimIntakeApiErrors {

  @ExceptionHandler(VictimListRefusedException.class)
  ProblemDetail listRefused(VictimListRefusedException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    problem.setProperty("problems", e.problems());
    return problem;
  }

  @ExceptionHandler(IntakeRefusedException.class)
  ProblemDetail refused(IntakeRefusedException e) {
    return ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
  }
}
