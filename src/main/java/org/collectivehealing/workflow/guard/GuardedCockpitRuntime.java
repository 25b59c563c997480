package org.collectivehealing.workflow.guard;

import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.db.CommandExecutor;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.collectivehealing.workflow.identity.IdentityProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Cockpit's own instance search runs its queries on a command executor of its own, which the engine's
 * interceptors never see, and it filters by variables: a commander found victim cases by guessing a surname.
 * This puts the guard's variable-filter check in front of that executor (Cockpit's supported runtime delegate),
 * run in an engine command so that the caller's authorizations decide.
 */
@Component
public class GuardedCockpitRuntime {

  private final String adminGroup;

  public GuardedCockpitRuntime(IdentityProperties identity) {
    this.adminGroup = identity.adminGroup();
  }

  /** After the webapps' own start-up, which installs Cockpit's default runtime. */
  @EventListener(ApplicationReadyEvent.class)
  public void install() {
    Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate() {
      @Override
      protected CommandExecutor createCommandExecutor(String processEngineName) {
        CommandExecutor cockpit = super.createCommandExecutor(processEngineName);
        // the engine Cockpit itself serves, looked up as Cockpit does
        ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) getProcessEngine(processEngineName)
            .getProcessEngineConfiguration();
        return new CommandExecutor() {
          @Override
          public <T> T executeCommand(org.camunda.bpm.engine.impl.interceptor.Command<T> command) {
            // only a search by variables is checked: the dashboard's other queries cost no extra command
            VariableFilterRule.webappVariableFilter(command).ifPresent(filter ->
                engine.getCommandExecutorTxRequired().execute(context -> {
                  Authentication caller = context.getAuthentication();
                  if (caller != null && caller.getUserId() != null) {
                    Caller who = Caller.of(caller, adminGroup);
                    if (!who.administrator()) {
                      VariableFilterRule.checkWebappQuery(filter, who, context);
                    }
                  }
                  return null;
                }));
            return cockpit.executeCommand(command);
          }
        };
      }
    });
  }
}
