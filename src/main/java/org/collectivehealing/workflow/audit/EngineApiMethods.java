package org.collectivehealing.workflow.audit;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Every resource method of the engine's REST API, found as Jersey finds them: from the root resources' JAX-RS
 * annotations, through their sub-resource locators to the resources those return. Reading the annotations rather
 * than writing the paths down keeps the list complete and exact for the Camunda version on the class path.
 */
final class EngineApiMethods {

  private EngineApiMethods() {
  }

  /** @param rootResources the classes an application registers; those without {@code @Path} are skipped */
  static List<EngineApiMethod> of(Collection<Class<?>> rootResources) {
    Set<EngineApiMethod> methods = new LinkedHashSet<>();
    for (Class<?> root : rootResources) {
      if (root.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
        Resource resource = Resource.from(root);
        walk(resource, join("", resource.getPath()), methods, new HashSet<>());
      }
    }
    return List.copyOf(methods);
  }

  private static void walk(Resource resource, String path, Set<EngineApiMethod> methods, Set<Class<?>> onTheWay) {
    for (ResourceMethod method : resource.getResourceMethods()) {
      methods.add(new EngineApiMethod(method.getHttpMethod(), PathTemplate.of(path)));
    }
    ResourceMethod locator = resource.getResourceLocator();
    if (locator != null) {
      Class<?> located = locator.getInvocable().getRawRoutingResponseType();
      // a resource that leads back to itself (none does today) would otherwise never end
      if (onTheWay.add(located)) {
        // as in Jersey, a located resource's own @Path counts for nothing: the locator's path leads to it
        walk(Resource.from(located), path, methods, onTheWay);
        onTheWay.remove(located);
      }
    }
    for (Resource child : resource.getChildResources()) {
      walk(child, join(path, child.getPath()), methods, onTheWay);
    }
  }

  private static String join(String parent, String path) {
    if (path == null || path.isEmpty() || path.equals("/")) {
      return parent;
    }
    return parent + (path.startsWith("/") ? "" : "/") + (path.endsWith("/") ? path.substring(0, path.length() - 1)
        : path);
  }
}
