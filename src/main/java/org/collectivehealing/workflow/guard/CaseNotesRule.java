package org.collectivehealing.workflow.guard;

import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.CommentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Comments and attachments are case notes: free text and files about the people in a case, as confidential as
 * its variables. The engine lets anyone who may read a task comment on it; here only the agency working the task
 * (its assignee, a candidate user or a member of a candidate group) writes or reads a task's notes, and a case's
 * own notes are read by those who may read its variables and written by administrators only.
 */
final class CaseNotesRule implements CommandRule {

  private static final Set<String> WRITES = Set.of("AddCommentCmd", "UpdateCommentCmd", "DeleteTaskCommentCmd",
      "DeleteProcessInstanceCommentCmd", "CreateAttachmentCmd", "SaveAttachmentCmd", "DeleteAttachmentCmd");
  private static final Set<String> READS = Set.of("GetTaskCommentsCmd", "GetTaskCommentCmd",
      "GetProcessInstanceCommentsCmd", "GetTaskAttachmentsCmd", "GetTaskAttachmentCmd", "GetTaskAttachmentContentCmd",
      "GetAttachmentCmd", "GetAttachmentContentCmd", "GetProcessInstanceAttachmentsCmd");

  private static final Set<String> WRITES_TEXT = Set.of("AddCommentCmd", "UpdateCommentCmd");

  private final int maxTextLength;

  CaseNotesRule(int maxTextLength) {
    this.maxTextLength = maxTextLength;
  }

  @Override
  public void check(Command<?> command, Caller caller, CommandContext context) {
    String name = command.getClass().getSimpleName();
    // as long as a variable may be, for everyone: a note is free text about a case like a form's
    String message = WRITES_TEXT.contains(name) ? CommandFields.text(command, "message") : null;
    if (message != null && message.length() > maxTextLength) {
      throw new RefusedCallException("A note may have at most " + maxTextLength + " characters; this one has "
          + message.length());
    }
    boolean write = WRITES.contains(name);
    if (caller.administrator() || !(write || READS.contains(name))) {
      return;
    }
    String taskId = CommandFields.text(command, "taskId");
    String processInstanceId = CommandFields.text(command, "processInstanceId");
    if (taskId == null && CommandFields.has(command, "attachment")
        && CommandFields.read(command, "attachment") instanceof AttachmentEntity attachment) {
      taskId = attachment.getTaskId();
      processInstanceId = attachment.getProcessInstanceId();
    }
    String attachmentId = CommandFields.text(command, "attachmentId");
    if (taskId == null && attachmentId != null) {
      AttachmentEntity attachment = context.getDbEntityManager().selectById(AttachmentEntity.class, attachmentId);
      taskId = attachment == null ? null : attachment.getTaskId();
      processInstanceId = attachment == null ? processInstanceId : attachment.getProcessInstanceId();
    }
    String commentId = CommandFields.text(command, "commentId");
    if (taskId == null && processInstanceId == null && commentId != null) {
      CommentEntity comment = context.getDbEntityManager().selectById(CommentEntity.class, commentId);
      taskId = comment == null ? null : comment.getTaskId();
      processInstanceId = comment == null ? null : comment.getProcessInstanceId();
    }
    if (taskId != null) {
      checkTask(context, caller, taskId, write);
    } else if (processInstanceId != null) {
      checkCase(context, caller, processInstanceId, write);
    }
  }

  private static void checkTask(CommandContext context, Caller caller, String taskId, boolean write) {
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      var ended = context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
      if (ended == null || !context.getTenantManager().isAuthenticatedTenant(ended.getTenantId())) {
        return; // the engine answers that no such task exists, for another site's as for none
      }
      if (write) {
        throw refusal(caller, "add notes to '" + ended.getName() + "', which has ended", "administrators");
      }
      if (ended.getProcessDefinitionKey() != null
          && !mayRead(context, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE, ended.getProcessDefinitionKey())) {
        throw refusal(caller, "read the notes of this ended task", "those who may read its case's history");
      }
      return;
    }
    if (!context.getTenantManager().isAuthenticatedTenant(task.getTenantId())) {
      return; // another site's task: the engine answers as for an unknown one, naming nothing
    }
    if (!works(task, caller)) {
      throw refusal(caller, (write ? "write" : "read") + " the notes of '" + task.getName() + "'",
          "the agency working the task");
    }
  }

  private static void checkCase(CommandContext context, Caller caller, String processInstanceId, boolean write) {
    if (write) {
      throw refusal(caller, "write notes on a case itself", "administrators; add them to a task you work");
    }
    ExecutionEntity running = context.getExecutionManager().findExecutionById(processInstanceId);
    String key = running != null ? running.getProcessDefinition().getKey() : ended(context, processInstanceId);
    if (key != null && !mayRead(context, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, key)
        && !mayRead(context, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE, key)) {
      throw refusal(caller, "read the notes of this case", "those who may read its variables");
    }
  }

  private static String ended(CommandContext context, String processInstanceId) {
    HistoricProcessInstanceEntity ended = context.getDbEntityManager()
        .selectById(HistoricProcessInstanceEntity.class, processInstanceId);
    return ended == null ? null : ended.getProcessDefinitionKey();
  }

  private static boolean works(TaskEntity task, Caller caller) {
    if (caller.userId().equals(task.getAssignee())) {
      return true;
    }
    for (IdentityLinkEntity link : task.getIdentityLinks()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())
          && (caller.userId().equals(link.getUserId()) || caller.groups().contains(link.getGroupId()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean mayRead(CommandContext context, Permission permission, String processKey) {
    return context.getAuthorizationManager().isAuthorized(permission, Resources.PROCESS_DEFINITION, processKey);
  }

  private static AuthorizationException refusal(Caller caller, String what, String who) {
    return new AuthorizationException(caller.userId() + " may not " + what + ": case notes are as confidential as "
        + "the case, and only " + who + " may");
  }
}
