package org.collectivehealing.workflow.audit;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.VariableInstance;
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

  /** The victim case of what a scoped read names; none for a query or when it is no victim case. */
  public List<VictimCase> of(VariableRead read) {
    return unchecked(() -> casesOf(processInstanceOf(read)));
  }

  /** The victim cases among process instances, each once. */
  public List<VictimCase> ofInstances(Collection<String> processInstanceIds) {
    return unchecked(() -> casesOf(processInstanceIds));
  }

  private Set<String> processInstanceOf(VariableRead read) {
    String id = read.id();
    String instance = switch (read.scope()) {
      case PROCESS_INSTANCE -> id;
      case TASK -> {
        Task task = tasks.createTaskQuery().taskId(id).singleResult();
        if (task != null) {
          yield task.getProcessInstanceId();
        }
        HistoricTaskInstance ended = history.createHistoricTaskInstanceQuery().taskId(id).singleResult();
        yield ended == null ? null : ended.getProcessInstanceId();
      }
      case EXECUTION -> {
        Execution execution = runtime.createExecutionQuery().executionId(id).singleResult();
        yield execution == null ? null : execution.getProcessInstanceId();
      }
      case VARIABLE_INSTANCE -> {
        VariableInstance variable = runtime.createVariableInstanceQuery().variableId(id).disableBinaryFetching()
            .disableCustomObjectDeserialization().singleResult();
        yield variable == null ? null : variable.getProcessInstanceId();
      }
      case HISTORIC_VARIABLE_INSTANCE -> {
        HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery().variableId(id)
            .disableBinaryFetching().disableCustomObjectDeserialization().singleResult();
        yield variable == null ? null : variable.getProcessInstanceId();
      }
      case HISTORIC_DETAIL -> {
        HistoricDetail detail = history.createHistoricDetailQuery().detailId(id).disableBinaryFetching()
            .disableCustomObjectDeserialization().singleResult();
        yield detail == null ? null : detail.getProcessInstanceId();
      }
      case QUERY, TASK_QUERY -> null;
    };
    return instance == null ? Set.of() : Set.of(instance);
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
