package org.collectivehealing.workflow.audit;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Finds the victim cases behind what a request read: a task, an execution or a variable row leads to its
 * process instance, the instance (or its root, for work called from a victim case) to the case number.
 * Looks without authorization or tenant checks, because the reader's own rights decide what they may read,
 * not what the audit may know about it.
 */
@Component
public class VictimCases {

  private final CommandExecutor commands;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final Set<String> victimProcesses;

  public VictimCases(ProcessEngineConfigurationImpl engine, AuditProperties properties) {
    this.commands = engine.getCommandExecutorTxRequired();
    this.tasks = engine.getTaskService();
    this.runtime = engine.getRuntimeService();
    this.history = engine.getHistoryService();
    this.victimProcesses = Set.copyOf(properties.victimProcesses());
  }

  /**
   * The victim case of what a scoped read names: none when it is no victim case (or belongs to no instance),
   * empty when what it names cannot be found, so that its case cannot be told.
   */
  public Optional<List<VictimCase>> of(VariableRead read) {
    return unchecked(() -> Optional.ofNullable(processInstanceOf(read)).map(this::casesOf));
  }

  /** The victim cases among process instances, each once. */
  public List<VictimCase> ofInstances(Collection<String> processInstanceIds) {
    return unchecked(() -> casesOf(processInstanceIds));
  }

  /** The instance of what the read names, none if it has none; null when it is not found. */
  private Set<String> processInstanceOf(VariableRead read) {
    String id = read.id();
    Optional<Optional<String>> instance = switch (read.disclosure()) {
      case PROCESS_INSTANCE -> Optional.of(Optional.ofNullable(id));
      case TASK -> {
        Task task = tasks.createTaskQuery().taskId(id).singleResult();
        if (task != null) {
          yield Optional.of(Optional.ofNullable(task.getProcessInstanceId()));
        }
        HistoricTaskInstance ended = history.createHistoricTaskInstanceQuery().taskId(id).singleResult();
        yield Optional.ofNullable(ended).map(t -> Optional.ofNullable(t.getProcessInstanceId()));
      }
      case EXECUTION -> Optional.ofNullable(runtime.createExecutionQuery().executionId(id).singleResult())
          .map(execution -> Optional.ofNullable(execution.getProcessInstanceId()));
      case VARIABLE_INSTANCE -> Optional.ofNullable(runtime.createVariableInstanceQuery().variableId(id)
              .disableBinaryFetching().disableCustomObjectDeserialization().singleResult())
          .map(variable -> Optional.ofNullable(variable.getProcessInstanceId()));
      case HISTORIC_VARIABLE_INSTANCE -> Optional.ofNullable(history.createHistoricVariableInstanceQuery()
              .variableId(id).disableBinaryFetching().disableCustomObjectDeserialization().singleResult())
          .map(variable -> Optional.ofNullable(variable.getProcessInstanceId()));
      case HISTORIC_DETAIL -> Optional.ofNullable(history.createHistoricDetailQuery().detailId(id)
              .disableBinaryFetching().disableCustomObjectDeserialization().singleResult())
          .map(detail -> Optional.ofNullable(detail.getProcessInstanceId()));
      default -> throw new IllegalArgumentException("not a scoped read: " + read.disclosure());
    };
    return instance.map(found -> found.map(Set::of).orElse(Set.of())).orElse(null);
  }

  private List<VictimCase> casesOf(Collection<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return List.of();
    }
    List<HistoricProcessInstance> instances = instances(processInstanceIds);
    // work called from a victim case (a subprocess that is no victim process itself) counts under the root
    Set<String> roots = instances.stream().filter(i -> !isVictimCase(i))
        .map(HistoricProcessInstance::getRootProcessInstanceId)
        .filter(root -> root != null && !processInstanceIds.contains(root)).collect(Collectors.toSet());
    Map<String, HistoricProcessInstance> byId = instances(roots).stream()
        .collect(Collectors.toMap(HistoricProcessInstance::getId, Function.identity()));
    instances.forEach(i -> byId.put(i.getId(), i));
    Set<VictimCase> cases = new LinkedHashSet<>();
    for (HistoricProcessInstance instance : instances) {
      HistoricProcessInstance victimCase = isVictimCase(instance) ? instance
          : byId.get(instance.getRootProcessInstanceId());
      if (victimCase != null && isVictimCase(victimCase)) {
        // a victim case always has its case number; the instance id stands in so that no read goes unrecorded
        cases.add(new VictimCase(Objects.requireNonNullElse(victimCase.getBusinessKey(), victimCase.getId()),
            victimCase.getTenantId()));
      }
    }
    return List.copyOf(cases);
  }

  private List<HistoricProcessInstance> instances(Collection<String> ids) {
    return ids.isEmpty() ? List.of()
        : history.createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(ids)).list();
  }

  private boolean isVictimCase(HistoricProcessInstance instance) {
    return victimProcesses.contains(instance.getProcessDefinitionKey());
  }

  private <T> T unchecked(java.util.function.Supplier<T> lookup) {
    return commands.execute(context -> {
      context.disableAuthorizationCheck();
      context.disableTenantCheck();
      return lookup.get();
    });
  }
}
