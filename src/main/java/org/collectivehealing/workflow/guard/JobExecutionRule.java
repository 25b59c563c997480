package org.collectivehealing.workflow.guard;

import org.camunda.bpm.engine.impl.ProcessEngineLogger;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * A caller who may not run a job must not wear it down. The engine checks who may execute a job only once it
 * runs it, and counts a refusal as the job failing: each refused call took a retry off another site's timer,
 * until it became an incident. So the same checks run here first, and a refused call leaves the job as it was:
 * another site's job answers as an unknown one would, a job of the caller's own site that they may not run
 * answers with the engine's authorization message.
 */
final class JobExecutionRule implements CommandRule {

  @Override
  public void check(Command<?> command, Caller caller, CommandContext context) {
    if (!(command instanceof ExecuteJobsCmd)) {
      return;
    }
    String jobId = CommandFields.text(command, "jobId");
    JobEntity job = jobId == null ? null : context.getJobManager().findJobById(jobId);
    if (job == null) {
      return; // the engine answers that no such job exists, and changes nothing
    }
    try {
      if (!context.getTenantManager().isAuthenticatedTenant(job.getTenantId())) {
        throw ProcessEngineLogger.JOB_EXECUTOR_LOGGER.jobNotFoundException(jobId);
      }
      for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
        checker.checkUpdateJob(job);
      }
    } catch (RuntimeException refused) {
      forgetFailure(command);
      throw refused;
    }
  }

  /** The job was never run: keep the engine from recording this refusal as the job's failure. */
  private static void forgetFailure(Command<?> command) {
    Object failures = CommandFields.read(command, "jobFailureCollector");
    if (failures != null) {
      CommandFields.write(failures, "jobId", null);
    }
  }
}
