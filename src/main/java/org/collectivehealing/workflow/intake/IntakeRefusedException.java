package org.collectivehealing.workflow.intake;

import org.springframework.http.HttpStatus;

/** An upload refused before anything was read into the engine: who may not, which incident is not there. */
class IntakeRefusedException extends RuntimeException {

  private final HttpStatus status;

  IntakeRefusedException(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  HttpStatus status() {
    return status;
  }
}
