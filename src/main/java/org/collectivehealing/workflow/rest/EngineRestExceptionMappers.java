package org.collectivehealing.workflow.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Puts {@link EngineRefusals} in front of Camunda's and Jackson's exception mappers. JAX-RS picks the mapper of
 * the nearest exception type, so there is one per type those libraries map; priority 1 wins the ties.
 */
public final class EngineRestExceptionMappers {

  /** Every mapper, for registration in a JAX-RS application. */
  public static final List<Class<?>> ALL = List.of(AnyError.class, WebError.class, EngineError.class,
      RestError.class, JsonError.class, JsonParseError.class, JsonMappingError.class);

  private EngineRestExceptionMappers() {
  }

  abstract static class Base<E extends Throwable> implements ExceptionMapper<E> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(E error) {
      List<String> path = uri == null ? List.of() : uri.getPathSegments().stream().map(PathSegment::getPath)
          .filter(segment -> !segment.isEmpty()).toList();
      return EngineRefusals.of(error, path).toResponse();
    }
  }

  @Priority(1)
  public static class AnyError extends Base<Throwable> {
  }

  @Priority(1)
  public static class WebError extends Base<WebApplicationException> {
  }

  @Priority(1)
  public static class EngineError extends Base<ProcessEngineException> {
  }

  @Priority(1)
  public static class RestError extends Base<RestException> {
  }

  @Priority(1)
  public static class JsonError extends Base<JsonProcessingException> {
  }

  @Priority(1)
  public static class JsonParseError extends Base<JsonParseException> {
  }

  @Priority(1)
  public static class JsonMappingError extends Base<JsonMappingException> {
  }
}
