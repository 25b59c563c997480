package org.collectivehealing.workflow.audit;

/**
 * One resource method of the engine's REST API.
 *
 * @param httpMethod GET, POST, PUT, DELETE, ...
 * @param template the path template below the API's root, as Jersey matches it, e.g. {@code /task/{id}/variables}
 */
public record EngineApiMethod(String httpMethod, PathTemplate template) {

  @Override
  public String toString() {
    return httpMethod + " " + template;
  }
}
