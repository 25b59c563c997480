package org.collectivehealing.workflow.guard;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.collectivehealing.workflow.identity.IdentityProperties;
import org.springframework.stereotype.Component;

/** Installs the {@link CallerCommandGuard} on both of the engine's command executors. */
@Component
public class CallerCommandGuardPlugin extends AbstractProcessEnginePlugin {

  private final GuardProperties guard;
  private final IdentityProperties identity;

  public CallerCommandGuardPlugin(GuardProperties guard, IdentityProperties identity) {
    this.guard = guard;
    this.identity = identity;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // after the command context opens: the checks read the case inside the command's own transaction
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(newGuard());
    if (configuration.getCustomPostCommandInterceptorsTxRequiresNew() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequiresNew(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequiresNew().add(newGuard());
  }

  /**
   * One per executor: an interceptor links to the next one of its chain, so an instance in both chains would
   * skip whatever follows it in the first (e.g. tasklist.UnclaimOwnTaskInterceptor).
   */
  private CommandInterceptor newGuard() {
    return new CallerCommandGuard(List.of(
        new CallerVariablesRule(guard),
        new VariableFilterRule(),
        new JobExecutionRule(),
        new CaseNotesRule(guard.maxTextLength())), identity.adminGroup());
  }
}
