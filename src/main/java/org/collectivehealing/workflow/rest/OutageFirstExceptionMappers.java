package org.collectivehealing.workflow.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * For the webapps' other APIs (Cockpit, Admin, Tasklist and Welcome and their plug-ins), which map only
 * Throwable and RestException: a database outage is a 503 as on every other door ({@link EngineRefusals});
 * anything else keeps Camunda's answer. Priority 1 wins over Camunda's mappers of the same types.
 */
public final class OutageFirstExceptionMappers {

  /** Every mapper, for registration in a JAX-RS application. */
  public static final List<Class<?>> ALL = List.of(AnyError.class, RestError.class);

  private OutageFirstExceptionMappers() {
  }

  abstract static class Base<E extends Throwable> implements ExceptionMapper<E> {

    @Context
    private UriInfo uri;

    private final ExceptionMapper<E> camunda;

    Base(ExceptionMapper<E> camunda) {
      this.camunda = camunda;
    }

    @Override
    public Response toResponse(E error) {
      List<String> path = uri == null ? List.of() : uri.getPathSegments().stream().map(PathSegment::getPath).toList();
      return EngineRefusals.outage(error, path).map(EngineRefusal::toResponse)
          .orElseGet(() -> camunda.toResponse(error));
    }
  }

  @Priority(1)
  public static class AnyError extends Base<Throwable> {
    public AnyError() {
      super(new ExceptionHandler());
    }
  }

  @Priority(1)
  public static class RestError extends Base<RestException> {
    public RestError() {
      super(new RestExceptionHandler());
    }
  }
}
