package org.collectivehealing.workflow.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What each resource method of the engine's REST API discloses of process variables, written down for every one
 * of them (EngineApiClassificationTest fails on a method missing here, e.g. after a Camunda upgrade, and on an
 * entry that is no method). Each line: the HTTP methods, the path template below the API's root (without the
 * optional {@code /engine/{name}} prefix, which serves the same methods), and a {@link Disclosure}, "-" for
 * none. Writes, counts, definitions, identities and jobs disclose none: their answers carry no variable values.
 */
final class EngineApiClassification {

  private static final String CLASSIFICATION = """
      GET OPTIONS /authorization -
      GET /authorization/check -
      GET /authorization/count -
      POST /authorization/create -
      GET PUT DELETE OPTIONS /authorization/{id} -
      GET /batch -
      GET /batch/count -
      GET /batch/statistics -
      GET /batch/statistics/count -
      GET DELETE /batch/{id} -
      PUT /batch/{id}/suspended -
      GET /case-definition -
      GET /case-definition/count -
      GET /case-definition/key/{key} -
      POST /case-definition/key/{key}/create -
      GET /case-definition/key/{key}/diagram -
      PUT /case-definition/key/{key}/history-time-to-live -
      GET /case-definition/key/{key}/tenant-id/{tenantId} -
      POST /case-definition/key/{key}/tenant-id/{tenantId}/create -
      GET /case-definition/key/{key}/tenant-id/{tenantId}/diagram -
      PUT /case-definition/key/{key}/tenant-id/{tenantId}/history-time-to-live -
      GET /case-definition/key/{key}/tenant-id/{tenantId}/xml -
      GET /case-definition/key/{key}/xml -
      GET /case-definition/{id} -
      POST /case-definition/{id}/create -
      GET /case-definition/{id}/diagram -
      PUT /case-definition/{id}/history-time-to-live -
      GET /case-definition/{id}/xml -
      GET POST /case-execution -
      GET POST /case-execution/count -
      GET /case-execution/{id} -
      POST /case-execution/{id}/complete -
      POST /case-execution/{id}/disable -
      GET /case-execution/{id}/localVariables UNAUDITABLE
      POST /case-execution/{id}/localVariables -
      GET /case-execution/{id}/localVariables/{varId} UNAUDITABLE
      PUT DELETE /case-execution/{id}/localVariables/{varId} -
      GET /case-execution/{id}/localVariables/{varId}/data UNAUDITABLE
      POST /case-execution/{id}/localVariables/{varId}/data -
      POST /case-execution/{id}/manual-start -
      POST /case-execution/{id}/reenable -
      POST /case-execution/{id}/terminate -
      GET /case-execution/{id}/variables UNAUDITABLE
      POST /case-execution/{id}/variables -
      GET /case-execution/{id}/variables/{varId} UNAUDITABLE
      PUT DELETE /case-execution/{id}/variables/{varId} -
      GET /case-execution/{id}/variables/{varId}/data UNAUDITABLE
      POST /case-execution/{id}/variables/{varId}/data -
      GET POST /case-instance -
      GET POST /case-instance/count -
      GET /case-instance/{id} -
      POST /case-instance/{id}/close -
      POST /case-instance/{id}/complete -
      POST /case-instance/{id}/terminate -
      GET /case-instance/{id}/variables UNAUDITABLE
      POST /case-instance/{id}/variables -
      GET /case-instance/{id}/variables/{varId} UNAUDITABLE
      PUT DELETE /case-instance/{id}/variables/{varId} -
      GET /case-instance/{id}/variables/{varId}/data UNAUDITABLE
      POST /case-instance/{id}/variables/{varId}/data -
      POST /condition -
      GET /decision-definition -
      GET /decision-definition/count -
      GET /decision-definition/key/{key} -
      GET /decision-definition/key/{key}/diagram -
      POST /decision-definition/key/{key}/evaluate -
      PUT /decision-definition/key/{key}/history-time-to-live -
      GET /decision-definition/key/{key}/tenant-id/{tenantId} -
      GET /decision-definition/key/{key}/tenant-id/{tenantId}/diagram -
      POST /decision-definition/key/{key}/tenant-id/{tenantId}/evaluate -
      PUT /decision-definition/key/{key}/tenant-id/{tenantId}/history-time-to-live -
      GET /decision-definition/key/{key}/tenant-id/{tenantId}/xml -
      GET /decision-definition/key/{key}/xml -
      GET /decision-definition/{id} -
      GET /decision-definition/{id}/diagram -
      POST /decision-definition/{id}/evaluate -
      PUT /decision-definition/{id}/history-time-to-live -
      GET /decision-definition/{id}/xml -
      GET /decision-requirements-definition -
      GET /decision-requirements-definition/count -
      GET /decision-requirements-definition/key/{key} -
      GET /decision-requirements-definition/key/{key}/diagram -
      GET /decision-requirements-definition/key/{key}/tenant-id/{tenant-id} -
      GET /decision-requirements-definition/key/{key}/tenant-id/{tenant-id}/diagram -
      GET /decision-requirements-definition/key/{key}/tenant-id/{tenant-id}/xml -
      GET /decision-requirements-definition/key/{key}/xml -
      GET /decision-requirements-definition/{id} -
      GET /decision-requirements-definition/{id}/diagram -
      GET /decision-requirements-definition/{id}/xml -
      GET /deployment -
      GET /deployment/count -
      POST /deployment/create -
      GET /deployment/registered -
      GET DELETE /deployment/{id} -
      POST /deployment/{id}/redeploy -
      GET /deployment/{id}/resources -
      GET /deployment/{id}/resources/{resourceId} -
      GET /deployment/{id}/resources/{resourceId}/data -
      GET /engine -
      GET /event-subscription -
      GET /event-subscription/count -
      GET POST /execution -
      GET POST /execution/count -
      GET /execution/{id} -
      POST /execution/{id}/create-incident -
      GET /execution/{id}/localVariables EXECUTION
      POST /execution/{id}/localVariables -
      GET /execution/{id}/localVariables/{varId} EXECUTION
      PUT DELETE /execution/{id}/localVariables/{varId} -
      GET /execution/{id}/localVariables/{varId}/data EXECUTION
      POST /execution/{id}/localVariables/{varId}/data -
      GET /execution/{id}/messageSubscriptions/{messageName} -
      POST /execution/{id}/messageSubscriptions/{messageName}/trigger -
      POST /execution/{id}/signal -
      GET POST /external-task -
      GET POST /external-task/count -
      POST /external-task/fetchAndLock ROWS_WITH_VARIABLES
      PUT /external-task/retries -
      POST /external-task/retries-async -
      GET /external-task/topic-names -
      GET /external-task/{id} -
      POST /external-task/{id}/bpmnError -
      POST /external-task/{id}/complete -
      GET /external-task/{id}/errorDetails -
      POST /external-task/{id}/extendLock -
      POST /external-task/{id}/failure -
      POST /external-task/{id}/lock -
      PUT /external-task/{id}/priority -
      PUT /external-task/{id}/retries -
      POST /external-task/{id}/unlock -
      GET OPTIONS /filter -
      GET /filter/count -
      POST /filter/create -
      GET PUT DELETE OPTIONS /filter/{id} -
      GET POST /filter/{id}/count -
      GET /filter/{id}/list ROWS_WITH_VARIABLES
      POST /filter/{id}/list ROWS_WITH_VARIABLES
      GET /filter/{id}/singleResult ROWS_WITH_VARIABLES
      POST /filter/{id}/singleResult ROWS_WITH_VARIABLES
      GET POST OPTIONS /group -
      GET POST /group/count -
      POST /group/create -
      GET PUT DELETE OPTIONS /group/{id} -
      OPTIONS /group/{id}/members -
      PUT DELETE /group/{id}/members/{userId} -
      GET POST /history/activity-instance -
      GET POST /history/activity-instance/count -
      GET /history/activity-instance/{id} -
      GET /history/batch -
      GET /history/batch/cleanable-batch-report -
      GET /history/batch/cleanable-batch-report/count -
      GET /history/batch/count -
      POST /history/batch/set-removal-time -
      GET DELETE /history/batch/{id} -
      GET /history/case-activity-instance -
      GET /history/case-activity-instance/count -
      GET /history/case-activity-instance/{id} -
      GET /history/case-definition/cleanable-case-instance-report -
      GET /history/case-definition/cleanable-case-instance-report/count -
      GET /history/case-definition/{id}/statistics -
      GET POST /history/case-instance -
      GET POST /history/case-instance/count -
      GET /history/case-instance/{id} -
      POST /history/cleanup -
      GET /history/cleanup/configuration -
      GET /history/cleanup/job -
      GET /history/cleanup/jobs -
      GET /history/decision-definition/cleanable-decision-instance-report -
      GET /history/decision-definition/cleanable-decision-instance-report/count -
      GET /history/decision-instance ROWS_WITH_VARIABLES
      GET /history/decision-instance/count -
      POST /history/decision-instance/delete -
      POST /history/decision-instance/set-removal-time -
      GET /history/decision-instance/{id} -
      GET /history/decision-requirements-definition/{id}/statistics -
      GET /history/detail ROWS
      POST /history/detail ROWS
      GET /history/detail/count -
      GET /history/detail/{id} HISTORIC_DETAIL
      GET /history/detail/{id}/data HISTORIC_DETAIL
      GET POST /history/external-task-log -
      GET POST /history/external-task-log/count -
      GET /history/external-task-log/{id} -
      GET /history/external-task-log/{id}/error-details -
      GET /history/identity-link-log -
      GET /history/identity-link-log/count -
      GET /history/incident -
      GET /history/incident/count -
      GET POST /history/job-log -
      GET POST /history/job-log/count -
      GET /history/job-log/{id} -
      GET /history/job-log/{id}/stacktrace -
      GET /history/process-definition/cleanable-process-instance-report -
      GET /history/process-definition/cleanable-process-instance-report/count -
      GET /history/process-definition/{id}/statistics -
      GET POST /history/process-instance -
      GET POST /history/process-instance/count -
      POST /history/process-instance/delete -
      GET /history/process-instance/report -
      POST /history/process-instance/set-removal-time -
      GET DELETE /history/process-instance/{id} -
      DELETE /history/process-instance/{id}/variable-instances -
      GET POST /history/task -
      GET POST /history/task/count -
      GET /history/task/report -
      GET /history/user-operation -
      GET /history/user-operation/count -
      PUT /history/user-operation/{operationId}/clear-annotation -
      PUT /history/user-operation/{operationId}/set-annotation -
      GET /history/variable-instance ROWS
      POST /history/variable-instance ROWS
      GET POST /history/variable-instance/count -
      GET /history/variable-instance/{id} HISTORIC_VARIABLE_INSTANCE
      DELETE /history/variable-instance/{id} -
      GET /history/variable-instance/{id}/data HISTORIC_VARIABLE_INSTANCE
      GET /identity/groups -
      GET POST /identity/password-policy -
      POST /identity/verify -
      GET /incident -
      GET /incident/count -
      GET DELETE /incident/{id} -
      PUT DELETE /incident/{id}/annotation -
      GET POST /job -
      GET POST /job-definition -
      GET POST /job-definition/count -
      PUT /job-definition/suspended -
      GET /job-definition/{id} -
      PUT /job-definition/{id}/jobPriority -
      PUT /job-definition/{id}/retries -
      PUT /job-definition/{id}/suspended -
      GET POST /job/count -
      POST /job/retries -
      PUT /job/suspended -
      GET DELETE /job/{id} -
      PUT /job/{id}/duedate -
      POST /job/{id}/duedate/recalculate -
      POST /job/{id}/execute -
      PUT /job/{id}/priority -
      PUT /job/{id}/retries -
      GET /job/{id}/stacktrace -
      PUT /job/{id}/suspended -
      POST /message CORRELATION_RESULTS
      GET /metrics -
      DELETE /metrics/task-worker -
      GET /metrics/{name}/sum -
      POST /migration/execute -
      POST /migration/executeAsync -
      POST /migration/generate -
      POST /migration/validate -
      POST /modification/execute -
      POST /modification/executeAsync -
      GET /optimize/activity-instance/completed -
      GET /optimize/activity-instance/running -
      GET /optimize/decision-instance ROWS_WITH_VARIABLES
      GET /optimize/identity-link-log -
      GET /optimize/incident/completed -
      GET /optimize/incident/open -
      GET /optimize/process-instance/completed -
      GET /optimize/process-instance/running -
      GET /optimize/task-instance/completed -
      GET /optimize/task-instance/running -
      GET /optimize/user-operation -
      GET /optimize/variable-update ROWS
      GET /process-definition -
      GET /process-definition/count -
      GET DELETE /process-definition/key/{key} -
      DELETE /process-definition/key/{key}/delete -
      GET /process-definition/key/{key}/deployed-start-form -
      GET /process-definition/key/{key}/diagram -
      GET /process-definition/key/{key}/form-variables -
      PUT /process-definition/key/{key}/history-time-to-live -
      GET /process-definition/key/{key}/rendered-form -
      POST /process-definition/key/{key}/restart -
      POST /process-definition/key/{key}/restart-async -
      POST /process-definition/key/{key}/start STARTED_INSTANCE
      GET /process-definition/key/{key}/startForm -
      GET /process-definition/key/{key}/static-called-process-definitions -
      GET /process-definition/key/{key}/statistics -
      POST /process-definition/key/{key}/submit-form STARTED_INSTANCE
      PUT /process-definition/key/{key}/suspended -
      GET DELETE /process-definition/key/{key}/tenant-id/{tenantId} -
      DELETE /process-definition/key/{key}/tenant-id/{tenantId}/delete -
      GET /process-definition/key/{key}/tenant-id/{tenantId}/deployed-start-form -
      GET /process-definition/key/{key}/tenant-id/{tenantId}/diagram -
      GET /process-definition/key/{key}/tenant-id/{tenantId}/form-variables -
      PUT /process-definition/key/{key}/tenant-id/{tenantId}/history-time-to-live -
      GET /process-definition/key/{key}/tenant-id/{tenantId}/rendered-form -
      POST /process-definition/key/{key}/tenant-id/{tenantId}/restart -
      POST /process-definition/key/{key}/tenant-id/{tenantId}/restart-async -
      POST /process-definition/key/{key}/tenant-id/{tenantId}/start STARTED_INSTANCE
      GET /process-definition/key/{key}/tenant-id/{tenantId}/startForm -
      GET /process-definition/key/{key}/tenant-id/{tenantId}/static-called-process-definitions -
      GET /process-definition/key/{key}/tenant-id/{tenantId}/statistics -
      POST /process-definition/key/{key}/tenant-id/{tenantId}/submit-form STARTED_INSTANCE
      PUT /process-definition/key/{key}/tenant-id/{tenantId}/suspended -
      GET /process-definition/key/{key}/tenant-id/{tenantId}/xml -
      GET /process-definition/key/{key}/xml -
      GET /process-definition/statistics -
      PUT /process-definition/suspended -
      GET DELETE /process-definition/{id} -
      GET /process-definition/{id}/deployed-start-form -
      GET /process-definition/{id}/diagram -
      GET /process-definition/{id}/form-variables -
      PUT /process-definition/{id}/history-time-to-live -
      GET /process-definition/{id}/rendered-form -
      POST /process-definition/{id}/restart -
      POST /process-definition/{id}/restart-async -
      POST /process-definition/{id}/start STARTED_INSTANCE
      GET /process-definition/{id}/startForm -
      GET /process-definition/{id}/static-called-process-definitions -
      GET /process-definition/{id}/statistics -
      POST /process-definition/{id}/submit-form STARTED_INSTANCE
      PUT /process-definition/{id}/suspended -
      GET /process-definition/{id}/xml -
      GET POST /process-instance -
      GET POST /process-instance/count -
      POST /process-instance/delete -
      POST /process-instance/delete-historic-query-based -
      POST /process-instance/job-retries -
      POST /process-instance/job-retries-historic-query-based -
      POST /process-instance/message-async -
      PUT /process-instance/suspended -
      POST /process-instance/suspended-async -
      POST /process-instance/variables-async -
      GET DELETE /process-instance/{id} -
      GET /process-instance/{id}/activity-instances -
      GET PUT DELETE /process-instance/{id}/comment -
      DELETE /process-instance/{id}/comment/{commentId} -
      POST /process-instance/{id}/modification -
      POST /process-instance/{id}/modification-async -
      PUT /process-instance/{id}/suspended -
      GET /process-instance/{id}/variables PROCESS_INSTANCE
      POST /process-instance/{id}/variables -
      GET /process-instance/{id}/variables/{varId} PROCESS_INSTANCE
      PUT DELETE /process-instance/{id}/variables/{varId} -
      GET /process-instance/{id}/variables/{varId}/data PROCESS_INSTANCE
      POST /process-instance/{id}/variables/{varId}/data -
      GET POST /schema/log -
      POST /signal -
      GET /task ROWS_WITH_VARIABLES
      POST /task ROWS_WITH_VARIABLES
      GET POST /task/count -
      POST /task/create -
      GET /task/report/candidate-group-count -
      GET PUT DELETE /task/{id} -
      POST /task/{id}/assignee -
      GET /task/{id}/attachment -
      POST /task/{id}/attachment/create -
      GET DELETE /task/{id}/attachment/{attachmentId} -
      GET /task/{id}/attachment/{attachmentId}/data -
      POST /task/{id}/bpmnError -
      POST /task/{id}/bpmnEscalation -
      POST /task/{id}/claim -
      GET PUT DELETE /task/{id}/comment -
      POST /task/{id}/comment/create -
      GET DELETE /task/{id}/comment/{commentId} -
      POST /task/{id}/complete TASK
      POST /task/{id}/delegate -
      GET /task/{id}/deployed-form -
      GET /task/{id}/form -
      GET /task/{id}/form-variables TASK
      GET POST /task/{id}/identity-links -
      POST /task/{id}/identity-links/delete -
      GET /task/{id}/localVariables TASK
      POST /task/{id}/localVariables -
      GET /task/{id}/localVariables/{varId} TASK
      PUT DELETE /task/{id}/localVariables/{varId} -
      GET /task/{id}/localVariables/{varId}/data TASK
      POST /task/{id}/localVariables/{varId}/data -
      GET /task/{id}/rendered-form TASK
      POST /task/{id}/resolve -
      POST /task/{id}/submit-form TASK
      POST /task/{id}/unclaim -
      GET /task/{id}/variables TASK
      POST /task/{id}/variables -
      GET /task/{id}/variables/{varId} TASK
      PUT DELETE /task/{id}/variables/{varId} -
      GET /task/{id}/variables/{varId}/data TASK
      POST /task/{id}/variables/{varId}/data -
      GET POST /telemetry/configuration -
      GET /telemetry/data -
      GET OPTIONS /tenant -
      GET /tenant/count -
      POST /tenant/create -
      GET PUT DELETE OPTIONS /tenant/{id} -
      OPTIONS /tenant/{id}/group-members -
      PUT DELETE /tenant/{id}/group-members/{groupId} -
      OPTIONS /tenant/{id}/user-members -
      PUT DELETE /tenant/{id}/user-members/{userId} -
      GET OPTIONS /user -
      GET /user/count -
      POST /user/create -
      DELETE OPTIONS /user/{id} -
      PUT /user/{id}/credentials -
      GET PUT /user/{id}/profile -
      POST /user/{id}/unlock -
      GET /variable-instance ROWS
      POST /variable-instance ROWS
      GET POST /variable-instance/count -
      GET /variable-instance/{id} VARIABLE_INSTANCE
      GET /variable-instance/{id}/data VARIABLE_INSTANCE
      GET /version -
      """;

  private static final Map<String, Disclosure> BY_METHOD = parse();

  private EngineApiClassification() {
  }

  /** Empty for a method no line names. */
  static Optional<Disclosure> of(EngineApiMethod method) {
    return Optional.ofNullable(BY_METHOD.get(key(method.httpMethod(), method.template().withoutEnginePrefix())));
  }

  /** Every classified method, as "METHOD /template". */
  static java.util.Set<String> entries() {
    return BY_METHOD.keySet();
  }

  static String key(String httpMethod, PathTemplate template) {
    return httpMethod + " " + template;
  }

  private static Map<String, Disclosure> parse() {
    Map<String, Disclosure> byMethod = new HashMap<>();
    for (String line : CLASSIFICATION.strip().split("\n")) {
      String[] words = line.strip().split(" +");
      String template = words[words.length - 2];
      String disclosure = words[words.length - 1];
      for (int i = 0; i < words.length - 2; i++) {
        Disclosure previous = byMethod.put(key(words[i], PathTemplate.of(template)),
            disclosure.equals("-") ? Disclosure.NONE : Disclosure.valueOf(disclosure));
        if (previous != null) {
          throw new IllegalStateException("classified twice: " + words[i] + " " + template);
        }
      }
    }
    return Map.copyOf(byMethod);
  }
}
