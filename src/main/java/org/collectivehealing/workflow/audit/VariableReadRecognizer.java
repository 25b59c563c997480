package org.collectivehealing.workflow.audit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collectivehealing.workflow.audit.VariableRead.Scope;

/**
 * Tells variable reads from every other call of the engine's REST API, by method and path alone. The same
 * API is served at {@code /engine-rest} and, for Tasklist and Cockpit, at {@code /camunda/api/engine}; both
 * accept an optional {@code /engine/<name>} prefix, which is ignored (there is one engine).
 */
public final class VariableReadRecognizer {

  private static final Pattern ENGINE_PREFIX = Pattern.compile("^/engine/[^/]+(?=/)");
  private static final Pattern TASK = Pattern.compile(
      "^/task/([^/]+)/(?:variables(?:/[^/]+(?:/data)?)?|form-variables|localVariables(?:/[^/]+(?:/data)?)?)$");
  private static final Pattern COMPLETE_TASK = Pattern.compile("^/task/([^/]+)/(?:complete|submit-form)$");
  private static final Pattern PROCESS_INSTANCE = Pattern.compile(
      "^/process-instance/([^/]+)/variables(?:/[^/]+(?:/data)?)?$");
  private static final Pattern EXECUTION = Pattern.compile(
      "^/execution/([^/]+)/localVariables(?:/[^/]+(?:/data)?)?$");
  // one row by id, as JSON or as its binary data; /count discloses no data and is not a read
  private static final Pattern VARIABLE_INSTANCE = Pattern.compile("^/variable-instance/(?!count$)([^/]+)(?:/data)?$");
  private static final Pattern HISTORIC_VARIABLE_INSTANCE = Pattern.compile(
      "^/history/variable-instance/(?!count$)([^/]+)(?:/data)?$");
  private static final Pattern HISTORIC_DETAIL = Pattern.compile("^/history/detail/(?!count$)([^/]+)(?:/data)?$");
  private static final Pattern QUERY = Pattern.compile("^/(?:variable-instance|history/variable-instance|history/detail)$");
  private static final VariableRead QUERY_READ = new VariableRead(Scope.QUERY, null);
  private static final VariableRead TASK_QUERY_READ = new VariableRead(Scope.TASK_QUERY, null);

  private VariableReadRecognizer() {
  }

  /**
   * @param method the HTTP method
   * @param apiPath the path below the API's root, e.g. {@code /task/42/variables}
   */
  public static Optional<VariableRead> recognise(String method, String apiPath) {
    if (apiPath == null) {
      return Optional.empty();
    }
    String path = ENGINE_PREFIX.matcher(apiPath).replaceFirst("");
    if (path.equals("/task") && ("GET".equals(method) || "POST".equals(method))) {
      return Optional.of(TASK_QUERY_READ);
    }
    if ("POST".equals(method)) {
      // the POST variants are the same queries with their parameters in the body; completing a task returns
      // the case's variables when asked to (withVariablesInReturn), and only then answers 200 rather than 204
      return scoped(COMPLETE_TASK, Scope.TASK, path)
          .or(() -> QUERY.matcher(path).matches() ? Optional.of(QUERY_READ) : Optional.empty());
    }
    if (!"GET".equals(method)) {
      return Optional.empty();
    }
    return scoped(TASK, Scope.TASK, path)
        .or(() -> scoped(PROCESS_INSTANCE, Scope.PROCESS_INSTANCE, path))
        .or(() -> scoped(EXECUTION, Scope.EXECUTION, path))
        .or(() -> scoped(VARIABLE_INSTANCE, Scope.VARIABLE_INSTANCE, path))
        .or(() -> scoped(HISTORIC_VARIABLE_INSTANCE, Scope.HISTORIC_VARIABLE_INSTANCE, path))
        .or(() -> scoped(HISTORIC_DETAIL, Scope.HISTORIC_DETAIL, path))
        .or(() -> QUERY.matcher(path).matches() ? Optional.of(QUERY_READ) : Optional.empty());
  }

  private static Optional<VariableRead> scoped(Pattern pattern, Scope scope, String path) {
    Matcher matcher = pattern.matcher(path);
    return matcher.matches() ? Optional.of(new VariableRead(scope, matcher.group(1))) : Optional.empty();
  }
}
