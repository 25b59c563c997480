package org.collectivehealing.workflow.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;

/**
 * Refuses paging the engine would pass to the database as is: a negative firstResult or maxResults is a
 * database error there (500), not an answer.
 */
public class PagingParametersFilter implements ContainerRequestFilter {

  private static final List<String> PAGING = List.of("firstResult", "maxResults");

  @Override
  public void filter(ContainerRequestContext request) {
    for (String name : PAGING) {
      for (String value : request.getUriInfo().getQueryParameters().getOrDefault(name, List.of())) {
        if (!isCount(value)) {
          throw new InvalidRequestException(Response.Status.BAD_REQUEST,
              "The query parameter '" + name + "' must be a whole number, 0 or more");
        }
      }
    }
  }

  private static boolean isCount(String value) {
    try {
      return Integer.parseInt(value.trim()) >= 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
