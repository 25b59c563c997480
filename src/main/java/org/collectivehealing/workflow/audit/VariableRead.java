package org.collectivehealing.workflow.audit;

/**
 * A request that reads variables, as recognised from its method and path.
 *
 * @param scope what the path names: a task, a process instance, an execution, or nothing (a list query)
 * @param id the id of that task, instance or execution; null for a query
 */
public record VariableRead(Scope scope, String id) {

  public enum Scope {
    TASK, PROCESS_INSTANCE, EXECUTION,
    /** a list query whose rows carry their process instance ids; the cases are found in the response */
    QUERY
  }
}
