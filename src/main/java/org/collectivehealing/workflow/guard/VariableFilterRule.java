package org.collectivehealing.workflow.guard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.AbstractVariableQueryImpl;
import org.camunda.bpm.engine.impl.ExecutionQueryImpl;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableOrderProperty;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * A query that filters or sorts by variable values tells its caller something about those values, even when it
 * returns no variable: one row for the right guess of a surname, none for a wrong one. So a caller may filter
 * and sort by variables only over processes whose variables they may read. A query that names its processes must
 * name only such processes; one that does not is narrowed to them (Tasklist's search keeps working for
 * advocates over victim cases), or refused where the engine's query cannot be narrowed.
 */
final class VariableFilterRule implements CommandRule {

  /** Where the webapps' own queries (Cockpit's instance search) keep their parameters. */
  private static final List<String> WEBAPP_QUERY_PARAMETERS = List.of("queryParameter", "parameter");

  @Override
  public void check(Command<?> command, Caller caller, CommandContext context) {
    if (caller.administrator() || !(command instanceof AbstractQuery<?, ?> query) || !filtersByVariables(query)) {
      return;
    }
    Permission permission = permission(query);
    if (permission == null) {
      throw new AuthorizationException(caller.userId() + " may not filter " + name(query) + " by variables");
    }
    Set<String> named = namedProcesses(query, context);
    Set<String> candidates = named.isEmpty() ? deployedProcesses(context) : named;
    Set<String> unreadable = unreadable(context, permission, candidates);
    Set<String> readable = new TreeSet<>(candidates);
    readable.removeAll(unreadable);
    if (unreadable.isEmpty()) {
      return;
    }
    if (!named.isEmpty() || readable.isEmpty() || !narrow(query, readable)) {
      throw new AuthorizationException(caller.userId() + " may not filter or sort " + name(query)
          + " by variables of " + unreadable + ": only by variables of processes whose variables they may read"
          + (readable.isEmpty() ? "" : " " + readable + ", named with processDefinitionKey"));
    }
  }

  /**
   * The parameters of a webapp query (Cockpit's instance search, which runs on an executor of its own and cannot
   * be narrowed) when they filter by variables; empty for every other command.
   */
  static Optional<Object> webappVariableFilter(Command<?> command) {
    for (String field : WEBAPP_QUERY_PARAMETERS) {
      Object parameters = CommandFields.has(command, field) ? CommandFields.read(command, field) : null;
      if (parameters != null && (nonEmpty(parameters, "variables") || nonEmpty(parameters, "queryVariableValues"))) {
        return Optional.of(parameters);
      }
    }
    return Optional.empty();
  }

  /** Refuses a webapp query's variable filter ({@link #webappVariableFilter}) over variables the caller may not read. */
  static void checkWebappQuery(Object parameters, Caller caller, CommandContext context) {
    String definitionId = CommandFields.text(parameters, "processDefinitionId");
    Set<String> keys = definitionId == null ? deployedProcesses(context) : Set.of(key(context, definitionId));
    Set<String> unreadable = unreadable(context, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, keys);
    if (!unreadable.isEmpty()) {
      throw new AuthorizationException(caller.userId() + " may not search process instances by variables of "
          + unreadable + ": only by variables of processes whose variables they may read");
    }
  }

  private static Set<String> unreadable(CommandContext context, Permission permission, Set<String> keys) {
    Set<String> unreadable = new TreeSet<>();
    for (String key : keys) {
      if (!context.getAuthorizationManager().isAuthorized(permission, Resources.PROCESS_DEFINITION, key)) {
        unreadable.add(key);
      }
    }
    return unreadable;
  }

  private static boolean nonEmpty(Object parameters, String field) {
    return CommandFields.has(parameters, field) && CommandFields.read(parameters, field) instanceof Collection<?> c
        && !c.isEmpty();
  }

  private static String key(CommandContext context, String definitionId) {
    ProcessDefinition definition = context.runWithoutAuthorization(() -> context.getProcessEngineConfiguration()
        .getRepositoryService().createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult());
    return definition == null ? definitionId : definition.getKey();
  }

  private static boolean filtersByVariables(AbstractQuery<?, ?> query) {
    boolean sortsByVariable = query.getOrderingProperties().stream().anyMatch(VariableOrderProperty.class::isInstance);
    return sortsByVariable || parts(query).stream().anyMatch(VariableFilterRule::hasVariableConditions);
  }

  /** The query and its "or" branches, which carry their own conditions. */
  private static List<Object> parts(AbstractQuery<?, ?> query) {
    List<Object> parts = new ArrayList<>(List.of(query));
    if (CommandFields.has(query, "queries") && CommandFields.read(query, "queries") instanceof Collection<?> or) {
      parts.addAll(or);
    }
    return parts;
  }

  private static boolean hasVariableConditions(Object part) {
    if (part instanceof TaskQueryImpl task) {
      return !task.getVariables().isEmpty();
    }
    if (part instanceof HistoricTaskInstanceQueryImpl task) {
      return !task.getVariables().isEmpty();
    }
    if (part instanceof AbstractVariableQueryImpl<?, ?> variables) {
      return !variables.getQueryVariableValues().isEmpty();
    }
    return false;
  }

  private static Permission permission(AbstractQuery<?, ?> query) {
    if (query instanceof TaskQueryImpl) {
      return ProcessDefinitionPermissions.READ_TASK_VARIABLE;
    }
    if (query instanceof HistoricTaskInstanceQueryImpl || query instanceof HistoricProcessInstanceQueryImpl) {
      return ProcessDefinitionPermissions.READ_HISTORY_VARIABLE;
    }
    if (query instanceof ProcessInstanceQueryImpl || query instanceof ExecutionQueryImpl) {
      return ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE;
    }
    return null; // case instances and the like: not used here, so refused
  }

  /** The process keys the query restricts itself to, by key or by definition id; empty when it names none. */
  private static Set<String> namedProcesses(AbstractQuery<?, ?> query, CommandContext context) {
    Set<String> keys = new LinkedHashSet<>();
    if (CommandFields.has(query, "processDefinitionKey") && CommandFields.read(query, "processDefinitionKey") != null) {
      keys.add(CommandFields.text(query, "processDefinitionKey"));
    }
    if (CommandFields.has(query, "processDefinitionKeys")
        && CommandFields.read(query, "processDefinitionKeys") instanceof String[] named) {
      keys.addAll(Arrays.asList(named));
    }
    String definitionId = CommandFields.text(query, "processDefinitionId");
    if (definitionId != null) {
      keys.add(key(context, definitionId));
    }
    return keys;
  }

  private static Set<String> deployedProcesses(CommandContext context) {
    Set<String> keys = new TreeSet<>();
    context.runWithoutAuthorization(() -> context.getProcessEngineConfiguration().getRepositoryService()
        .createProcessDefinitionQuery().latestVersion().list()).forEach(definition -> keys.add(definition.getKey()));
    return keys;
  }

  /** Restricts the query to the readable processes, where the engine's query allows it. */
  private static boolean narrow(AbstractQuery<?, ?> query, Set<String> readable) {
    String[] keys = readable.toArray(String[]::new);
    if (query instanceof TaskQueryImpl task) {
      task.processDefinitionKeyIn(keys);
    } else if (query instanceof ProcessInstanceQueryImpl instances) {
      instances.processDefinitionKeyIn(keys);
    } else if (query instanceof HistoricProcessInstanceQueryImpl instances) {
      instances.processDefinitionKeyIn(keys);
    } else {
      return false;
    }
    return true;
  }

  private static String name(AbstractQuery<?, ?> query) {
    return query.getClass().getSimpleName().replaceFirst("QueryImpl$", "").replaceAll("([a-z])([A-Z])", "$1 $2")
        .toLowerCase() + "s";
  }
}
