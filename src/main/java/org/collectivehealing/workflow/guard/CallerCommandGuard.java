package org.collectivehealing.workflow.guard;

import java.util.List;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Checks every command a user calls, before the engine acts on it, whichever door it came through (REST, the
 * webapps, Java): what variables it may set, what it may filter by, whose jobs, comments and attachments it may
 * touch. Runs inside the command context, so a refusal rolls back with the command and nothing has changed.
 *
 * <p>Only the outermost command of a call is checked: what the engine does on its own behalf (a delegate's
 * query, a listener's lookup) is not the caller's input. Commands without an authenticated user (the job
 * executor, start-up, the application's own services acting as the system) are not a caller's either.
 */
public class CallerCommandGuard extends CommandInterceptor {

  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  private final List<CommandRule> rules;
  private final String adminGroup;

  CallerCommandGuard(List<CommandRule> rules, String adminGroup) {
    this.rules = List.copyOf(rules);
    this.adminGroup = adminGroup;
  }

  @Override
  public <T> T execute(Command<T> command) {
    int[] depth = DEPTH.get();
    depth[0]++;
    try {
      if (depth[0] == 1) {
        check(command);
      }
      return next.execute(command);
    } finally {
      if (--depth[0] == 0) {
        DEPTH.remove();
      }
    }
  }

  private void check(Command<?> command) {
    CommandContext context = Context.getCommandContext();
    Authentication authentication = context == null ? null : context.getAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return;
    }
    Caller caller = Caller.of(authentication, adminGroup);
    for (CommandRule rule : rules) {
      rule.check(command, caller, context);
    }
  }
}
