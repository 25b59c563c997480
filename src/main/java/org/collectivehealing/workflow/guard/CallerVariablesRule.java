package org.collectivehealing.workflow.guard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.collectivehealing.workflow.forms.CamundaForm;
import org.collectivehealing.workflow.forms.SubmissionForms;
import org.collectivehealing.workflow.tenancy.SiteTenantIdProvider;

/**
 * Caseworkers enter data through forms, and only there: a start or a task completion may carry the fields of
 * its own form (the form's rules are checked as it completes) and nothing else, so no caller chooses a case
 * number, a reporter, a site or anything else the system owns, and no call skips a form. Outside forms
 * (variables set or removed directly, resolve, process modification, start instructions, messages, signals)
 * only administrators may write, and never the system's variables. Every text is bounded.
 */
final class CallerVariablesRule implements CommandRule {

  /** Commands that start or move a case past its forms, or send it an event: administrators' repair tools. */
  private static final Set<String> ADMINISTRATORS_ONLY = Set.of("StartProcessInstanceAtActivitiesCmd",
      "ModifyProcessInstanceCmd", "ModifyProcessInstanceAsyncCmd", "ProcessInstanceModificationCmd",
      "RestartProcessInstancesCmd", "RestartProcessInstancesBatchCmd", "CorrelateMessageCmd",
      "CorrelateAllMessageCmd", "CorrelateStartMessageCmd", "MessageEventReceivedCmd", "SignalEventReceivedCmd",
      "SignalCmd", "EvaluateStartConditionCmd", "SetVariablesAsyncCmd", "CompleteExternalTaskCmd");

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  private final Set<String> systemVariables;
  private final int maxTextLength;

  CallerVariablesRule(GuardProperties properties) {
    this.systemVariables = Set.copyOf(properties.systemVariables());
    this.maxTextLength = properties.maxTextLength();
  }

  @Override
  public void check(Command<?> command, Caller caller, CommandContext context) {
    if (command instanceof StartProcessInstanceCmd) {
      ProcessInstantiationBuilderImpl start = (ProcessInstantiationBuilderImpl) CommandFields.read(command,
          "instantiationBuilder");
      checkStart(definition(context, start.getProcessDefinitionId(), start.getProcessDefinitionKey()),
          start.getBusinessKey(), start.getVariables(), caller);
    } else if (command instanceof SubmitStartFormCmd) {
      checkStart(definition(context, CommandFields.text(command, "processDefinitionId"), null),
          CommandFields.text(command, "businessKey"), CommandFields.variables(command, "variables"), caller);
    } else if (command instanceof ResolveTaskCmd) {
      if (!CommandFields.variables(command, "variables").isEmpty()) {
        throw new RefusedCallException("Resolving a task does not check its form, so it takes no variables: "
            + "submit the values by completing the task");
      }
      TaskEntity task = openTask(context, CommandFields.text(command, "taskId"));
      if (task != null && task.getDelegationState() != DelegationState.PENDING) {
        // resolving hands a delegated task back to its owner; on any other task it only drops its assignee
        throw new RefusedCallException("'" + task.getName() + "' was not delegated, so there is nothing to resolve");
      }
    } else if (command instanceof CompleteTaskCmd) {
      checkTask(context, CommandFields.text(command, "taskId"), CommandFields.variables(command, "variables"));
    } else if (command instanceof SubmitTaskFormCmd) {
      checkTask(context, CommandFields.text(command, "taskId"), CommandFields.variables(command, "properties"));
    } else if (command instanceof AbstractSetVariableCmd) {
      checkOutsideForms(command, CommandFields.variables(command, "variables"), List.of(), caller);
    } else if (command instanceof AbstractRemoveVariableCmd) {
      checkOutsideForms(command, Map.of(), CommandFields.names(command, "variableNames"), caller);
    } else if (command instanceof AbstractPatchVariablesCmd) {
      checkOutsideForms(command, CommandFields.variables(command, "variables"),
          CommandFields.names(command, "deletions"), caller);
    } else if (ADMINISTRATORS_ONLY.contains(command.getClass().getSimpleName())) {
      if (!caller.administrator()) {
        throw new AuthorizationException(caller.userId() + " may not " + describe(command) + ": cases move on "
            + "through their tasks' forms, and only administrators repair them by hand");
      }
      checkOutsideForms(command, AdministratorInput.variables(command), List.of(), caller);
    }
  }

  private void checkStart(ProcessDefinitionEntity definition, String businessKey, Map<String, ?> variables,
      Caller caller) {
    if (businessKey != null && !businessKey.isBlank()) {
      throw new RefusedCallException("A case number (business key) is given by the system, not by the caller: "
          + "start the case without one");
    }
    checkValues(variables);
    Optional<CamundaForm> form = definition == null ? Optional.empty() : SubmissionForms.ofStart(definition);
    if (form.isEmpty()) {
      checkOutsideForms(null, variables, List.of(), caller);
      return;
    }
    Set<String> fields = fieldKeys(form.get());
    fields.add(SiteTenantIdProvider.SITE_VARIABLE); // checked against the caller's own site as the case opens
    Set<String> foreign = new TreeSet<>(variables.keySet());
    foreign.removeAll(fields);
    if (!foreign.isEmpty()) {
      throw new RefusedCallException("Cannot start '" + definition.getKey() + "': " + foreign
          + (foreign.size() == 1 ? " is not a field" : " are not fields") + " of its start form; the system sets "
          + "case numbers, the reporter and everything the form does not ask for");
    }
  }

  private void checkTask(CommandContext context, String taskId, Map<String, ?> variables) {
    checkValues(variables);
    TaskEntity task = openTask(context, taskId);
    if (task == null || variables.isEmpty()) {
      return;
    }
    Optional<CamundaForm> form = SubmissionForms.ofTask(task);
    Set<String> fields = form.map(CallerVariablesRule::fieldKeys).orElseGet(TreeSet::new);
    Set<String> changed = new TreeSet<>();
    for (String key : variables.keySet()) {
      // a form shows some case data read-only and Tasklist sends it back as it was: that changes nothing
      if (!fields.contains(key) && !unchanged(task.getVariable(key), typed(variables, key))) {
        changed.add(key);
      }
    }
    if (!changed.isEmpty()) {
      throw new RefusedCallException("Cannot complete '" + task.getName() + "': " + changed
          + (changed.size() == 1 ? " is not a field" : " are not fields") + " of its form, and a completion "
          + "changes only what the form asks for");
    }
  }

  private void checkOutsideForms(Command<?> command, Map<String, ?> variables, Collection<String> removals,
      Caller caller) {
    checkValues(variables);
    if (variables.isEmpty() && removals.isEmpty()) {
      return;
    }
    if (!caller.administrator()) {
      throw new AuthorizationException(caller.userId() + " may not " + (command == null ? "set variables"
          : describe(command)) + " outside a form: enter case data through the task's form");
    }
    Set<String> touched = new TreeSet<>(variables.keySet());
    touched.addAll(removals);
    touched.retainAll(systemVariables);
    if (!touched.isEmpty()) {
      throw new RefusedCallException(touched + (touched.size() == 1 ? " is" : " are") + " set by the system "
          + "and cannot be changed by a call");
    }
  }

  /** Values the engine could not store or read back: overlong texts, Java-serialized objects, broken JSON. */
  private void checkValues(Map<String, ?> variables) {
    List<String> problems = new ArrayList<>();
    for (String key : variables.keySet()) {
      String name = "'" + key + "'";
      Object value = typed(variables, key);
      if (value instanceof SerializableValue serialized && !serialized.isDeserialized()) {
        String format = serialized.getSerializationDataFormat();
        if (format != null && format.contains("java-serialized")) {
          problems.add(name + " is a Java-serialized object, which is never accepted");
          continue;
        }
        if (isJson(serialized) && !parsesAsJson(serialized.getValueSerialized())) {
          problems.add(name + " is not valid JSON");
          continue;
        }
      }
      if (plain(value) instanceof String text && text.length() > maxTextLength) {
        problems.add(name + " has " + text.length() + " characters; a value may have at most " + maxTextLength);
      }
    }
    if (!problems.isEmpty()) {
      throw new RefusedCallException(String.join("; ", problems));
    }
  }

  private static boolean isJson(SerializableValue value) {
    String format = value.getSerializationDataFormat();
    return (format != null && format.contains("json")) || (value.getType() != null
        && "json".equals(value.getType().getName()));
  }

  private static boolean parsesAsJson(String text) {
    try {
      return text != null && JSON.readTree(text) != null;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /**
   * The open task of the caller's site; null for an unknown task and for another site's, which the engine then
   * refuses as unknown, so that no message here names another site's task.
   */
  private static TaskEntity openTask(CommandContext context, String taskId) {
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    return task != null && context.getTenantManager().isAuthenticatedTenant(task.getTenantId()) ? task : null;
  }

  private static Set<String> fieldKeys(CamundaForm form) {
    Set<String> keys = new TreeSet<>();
    form.fields().forEach(field -> keys.add(field.key()));
    return keys;
  }

  private static boolean unchanged(Object existing, Object submitted) {
    Object value = plain(submitted);
    return existing == null ? value == null : value != null && Objects.equals(String.valueOf(plain(existing)),
        String.valueOf(value));
  }

  /** A variable as sent, typed where the map keeps types: its plain value may not be readable (broken JSON). */
  private static Object typed(Map<String, ?> variables, String name) {
    return variables instanceof VariableMap typedVariables ? typedVariables.getValueTyped(name) : variables.get(name);
  }

  /** The value as the caller sent it: a typed value's value, a serialized object's text. */
  private static Object plain(Object value) {
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return serializable.getValueSerialized();
    }
    if (value instanceof TypedValue typed) {
      return typed.getValue();
    }
    return value;
  }

  private static ProcessDefinitionEntity definition(CommandContext context, String id, String key) {
    var cache = context.getProcessEngineConfiguration().getDeploymentCache();
    try {
      if (id != null) {
        return cache.findDeployedProcessDefinitionById(id);
      }
      return key == null ? null : cache.findDeployedLatestProcessDefinitionByKey(key);
    } catch (RuntimeException e) {
      return null; // unknown: the engine itself answers that
    }
  }

  private static String describe(Command<?> command) {
    String name = command.getClass().getSimpleName().replaceFirst("Cmd$", "");
    Map<String, String> words = new LinkedHashMap<>();
    words.put("StartProcessInstanceAtActivities", "start a case part-way through (start instructions)");
    words.put("CorrelateMessage", "send messages to cases");
    words.put("CorrelateAllMessage", "send messages to cases");
    words.put("SignalEventReceived", "send signals to cases");
    return words.getOrDefault(name, "call " + name);
  }
}
