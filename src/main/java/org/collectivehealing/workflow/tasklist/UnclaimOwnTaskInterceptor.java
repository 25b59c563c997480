package org.collectivehealing.workflow.tasklist;

import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.collectivehealing.workflow.guard.CommandFields;

/**
 * Lets caseworkers give back a task they claimed (Tasklist's "Unclaim", {@code POST /task/{id}/unclaim}). The
 * engine takes that as an assignment to nobody, which needs TASK_ASSIGN, and TASK_ASSIGN would also let them hand
 * a victim's task to anyone, who would then see it. The engine's claim command does the same under TASK_WORK,
 * which candidates have; it is used only when the caller is the task's assignee, so nobody unclaims a
 * colleague's task without TASK_ASSIGN. Its checks (permission, site) are the engine's own.
 */
class UnclaimOwnTaskInterceptor extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    String taskId = command instanceof AssignTaskCmd ? ownTaskGivenBack(command) : null;
    if (taskId != null) {
      @SuppressWarnings("unchecked")
      Command<T> unclaim = (Command<T>) new ClaimTaskCmd(taskId, null);
      return next.execute(unclaim);
    }
    return next.execute(command);
  }

  /** The task's id when the caller assigns their own task to nobody; null otherwise. */
  private static String ownTaskGivenBack(Command<?> assign) {
    CommandContext context = Context.getCommandContext();
    Authentication caller = context == null ? null : context.getAuthentication();
    String taskId = CommandFields.text(assign, "taskId");
    // the command's input: taskId, and userId, the new assignee (AbstractAddIdentityLinkCmd); pinned by the test
    if (caller == null || caller.getUserId() == null || taskId == null || !CommandFields.has(assign, "userId")
        || CommandFields.read(assign, "userId") != null) {
      return null;
    }
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    return task != null && caller.getUserId().equals(task.getAssignee()) ? taskId : null;
  }
}
