package org.collectivehealing.workflow.tasklist;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Makes every task readable in a queue without opening it: its name carries its case ("Assess needs —
 * HOU-2026-0007-V1"), it gets a follow-up date, and it carries the card values its candidates may see.
 * Applies to every user task of every model, so designers need not remember it. A caseworker can give back a
 * task they claimed ({@link UnclaimOwnTaskInterceptor}).
 */
@Component
public class TasklistPlugin extends AbstractProcessEnginePlugin {

  private final TaskCardProperties cards;

  public TasklistPlugin(TaskCardProperties cards) {
    this.cards = cards;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      private final TaskListener addCase = new AddCaseToTaskNameListener();
      private final TaskListener followUp = new SetFollowUpDateListener();
      private final TaskListener copyCard = new CopyCardVariablesToTaskListener(cards);

      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, addCase);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, followUp);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, copyCard);
      }
    });
    // inside the command context, as the task is read there
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new UnclaimOwnTaskInterceptor());
  }
}
