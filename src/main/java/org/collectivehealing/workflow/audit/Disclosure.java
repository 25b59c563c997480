package org.collectivehealing.workflow.audit;

/** What a resource method of the engine's REST API discloses of process variables, and so whose case it reads. */
public enum Disclosure {
  /** no variable values: delivered without a record */
  NONE,
  /** variables the audit cannot attribute to a case (CMMN, which no process here uses): refused */
  UNAUDITABLE,
  /** the variables of the task the path's {@code {id}} names (also completing it with its variables returned) */
  TASK,
  PROCESS_INSTANCE,
  EXECUTION,
  /** one variable row by its id */
  VARIABLE_INSTANCE,
  HISTORIC_VARIABLE_INSTANCE,
  HISTORIC_DETAIL,
  /** a list whose every row is a variable value carrying its top-level {@code processInstanceId} */
  ROWS,
  /** a list (or one row) of which only rows carrying variables, inputs or outputs disclose any */
  ROWS_WITH_VARIABLES,
  /** message correlation results: each names its instance under {@code processInstance} or {@code execution} */
  CORRELATION_RESULTS,
  /** a started instance returned with its variables: the instance's id is the top-level {@code id} */
  STARTED_INSTANCE;

  /** Whether the path names what is read; otherwise the response says which instances were read. */
  boolean isScoped() {
    return this == TASK || this == PROCESS_INSTANCE || this == EXECUTION || this == VARIABLE_INSTANCE
        || this == HISTORIC_VARIABLE_INSTANCE || this == HISTORIC_DETAIL;
  }
}
