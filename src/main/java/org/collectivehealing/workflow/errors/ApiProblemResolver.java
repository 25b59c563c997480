package org.collectivehealing.workflow.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.temporal.Temporal;
import org.collectivehealing.workflow.rest.JsonBodyProblems;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers Spring MVC's own refusals on the project's /api as problem+json whose detail says what is wrong: an
 * unreadable body, a parameter of the wrong type, 404, 405, 415, and every ResponseStatusException. Runs before
 * Spring's resolvers because 404, 405 and 415 arise before any controller, where no controller advice applies.
 * Other exceptions go on to the controllers' advice (e.g. ConsentApiErrors).
 */
@Component
public class ApiProblemResolver implements HandlerExceptionResolver, Ordered {

  @Override
  public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
      Exception error) {
    if (!JsonRefusals.isProjectApi(JsonRefusals.pathOf(request))) {
      return null;
    }
    int status;
    String detail;
    if (error instanceof TypeMismatchException mismatch) {
      status = 400;
      detail = "The parameter '" + nameOf(mismatch) + "' must be " + kindOf(mismatch.getRequiredType());
    } else if (error instanceof HttpMessageNotReadableException unreadable) {
      status = 400;
      detail = unreadable.getCause() instanceof JsonProcessingException json ? JsonBodyProblems.describe(json)
          : "The request body is missing or cannot be read as JSON";
    } else if (error instanceof ErrorResponse refusal) {
      status = refusal.getStatusCode().value();
      detail = refusal.getBody().getDetail();
      refusal.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
    } else {
      return null;
    }
    try {
      JsonRefusals.write(request, response, status, null, detail == null ? JsonRefusals.reasonOf(status) : detail);
    } catch (IOException e) {
      // the client has gone
    }
    return new ModelAndView();
  }

  private static String nameOf(TypeMismatchException mismatch) {
    return mismatch instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
        : mismatch.getPropertyName();
  }

  private static String kindOf(Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "a date and time in ISO 8601 with an offset, e.g. 2026-01-31T09:00:00Z";
    }
    return "a " + type.getSimpleName();
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 1;
  }
}
