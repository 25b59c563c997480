package org.collectivehealing.workflow.forms;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps whatever a task listener throws in a generic exception, which the REST API answers with
 * 500. A refused submission is the caller's mistake: after the transaction has rolled back, this hands the
 * original {@link FormFieldValidationException} to the caller, which REST answers with 400 and its message.
 */
public class SurfaceValidationFailuresInterceptor extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (ProcessEngineException e) {
      for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
        if (cause instanceof FormFieldValidationException refusal) {
          throw refusal;
        }
      }
      throw e;
    }
  }
}
