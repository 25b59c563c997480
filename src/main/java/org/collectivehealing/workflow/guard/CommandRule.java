package org.collectivehealing.workflow.guard;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** One check the {@link CallerCommandGuard} runs on a caller's command before the engine acts on it. */
interface CommandRule {

  /** Throws to refuse the command; may narrow it (a query) so that it discloses no more than the caller may read. */
  void check(Command<?> command, Caller caller, CommandContext context);
}
