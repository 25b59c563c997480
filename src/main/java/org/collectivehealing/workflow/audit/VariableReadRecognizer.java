package org.collectivehealing.workflow.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells, by method and path alone, which resource method of the engine's REST API a request reaches and what it
 * discloses of variables. The methods come from the API's own annotations ({@link EngineApiMethods}), and paths
 * are matched as Jersey matches them: one trailing slash and matrix parameters ({@code ;x=1}) do not count,
 * literals are compared as sent, a parameter is one whole segment, and a literal beats a parameter. A method
 * missing from {@link EngineApiClassification} counts as {@link Disclosure#UNAUDITABLE}, so it is refused.
 */
public final class VariableReadRecognizer {

  private record Candidate(EngineApiMethod method, Disclosure disclosure) {
  }

  private final List<Candidate> candidates;

  private VariableReadRecognizer(List<Candidate> candidates) {
    this.candidates = candidates;
  }

  /** @param rootResources the classes the JAX-RS application behind one door registers */
  public static VariableReadRecognizer of(Collection<Class<?>> rootResources) {
    List<Candidate> candidates = new ArrayList<>();
    for (EngineApiMethod method : EngineApiMethods.of(rootResources)) {
      candidates.add(new Candidate(method, EngineApiClassification.of(method).orElse(Disclosure.UNAUDITABLE)));
    }
    return new VariableReadRecognizer(List.copyOf(candidates));
  }

  /**
   * @param method the HTTP method
   * @param apiPath the raw (still percent-encoded) path below the API's root, e.g. {@code /task/42/variables}
   * @return empty when no resource method answers the method on the path
   */
  public Optional<VariableRead> recognise(String method, String apiPath) {
    Optional<List<String>> segments = segments(apiPath);
    if (segments.isEmpty()) {
      return Optional.empty();
    }
    // Jersey answers HEAD with a GET's headers and no body, OPTIONS with the methods a path allows
    boolean bodiless = method.equals("HEAD") || method.equals("OPTIONS");
    String matched = method.equals("HEAD") ? "GET" : method;
    return candidates.stream()
        .filter(c -> method.equals("OPTIONS") || c.method().httpMethod().equals(matched))
        .flatMap(c -> c.method().template().match(segments.get()).map(parameters -> Map.entry(c, parameters))
            .stream())
        .min(Comparator.comparing(Map.Entry::getKey, VariableReadRecognizer::moreLiteralFirst))
        .map(match -> bodiless ? new VariableRead(Disclosure.NONE, null)
            : new VariableRead(match.getKey().disclosure(),
                match.getKey().disclosure().isScoped() ? match.getValue().get("id") : null));
  }

  /** Whether any resource method, whatever its HTTP method, is served on the path. */
  public boolean servesPath(String apiPath) {
    return recognise("OPTIONS", apiPath).isPresent();
  }

  private static int moreLiteralFirst(Candidate a, Candidate b) {
    PathTemplate first = a.method().template();
    PathTemplate second = b.method().template();
    for (int i = 0; i < first.size(); i++) {
      if (first.parameterAt(i) != second.parameterAt(i)) {
        return first.parameterAt(i) ? 1 : -1;
      }
    }
    return 0;
  }

  /** Empty for a path Jersey serves nothing on: an empty segment (a double slash) anywhere but at the end. */
  private static Optional<List<String>> segments(String apiPath) {
    if (apiPath == null || !apiPath.startsWith("/")) {
      return Optional.empty();
    }
    String path = apiPath.substring(1);
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/", -1)) {
      String withoutMatrix = segment.indexOf(';') < 0 ? segment : segment.substring(0, segment.indexOf(';'));
      if (withoutMatrix.isEmpty()) {
        return Optional.empty();
      }
      segments.add(withoutMatrix);
    }
    return Optional.of(segments);
  }
}
