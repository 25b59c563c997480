package org.collectivehealing.workflow.audit;

/**
 * A request that reads variables, as recognised from its method and path.
 *
 * @param scope what the path names: a task, a process instance, an execution, one variable row, or nothing
 *     (a list query)
 * @param id the id of what the path names; null for a list query
 */
public record VariableRead(Scope scope, String id) {

  public enum Scope {
    TASK, PROCESS_INSTANCE, EXECUTION, VARIABLE_INSTANCE, HISTORIC_VARIABLE_INSTANCE, HISTORIC_DETAIL,
    /** a list query whose rows carry their process instance ids; the cases are found in the response */
    QUERY,
    /** the task list, a read of variables only for rows that carry them (withTaskVariablesInReturn) */
    TASK_QUERY
  }
}
