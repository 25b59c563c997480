package org.collectivehealing.workflow.communityengagement;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Adds the action item just recorded at a listening session to the JSON array {@code actionItems}
 * ({@code [{"number":1,"description":"…","owner":"police","dueOn":"2026-10-05"}, …]}), over which each item is
 * then tracked to closure, and clears the single-item fields so the next item starts from an empty form.
 */
@Component("appendActionItemDelegate")
public class AppendActionItemDelegate implements JavaDelegate {

  public static final String ACTION_ITEMS = "actionItems";
  static final String DESCRIPTION = "actionItemDescription";
  static final String OWNER = "actionItemOwner";
  static final String DUE_ON = "actionItemDueOn";

  @Override
  public void execute(DelegateExecution execution) {
    Object existing = execution.getVariable(ACTION_ITEMS);
    SpinJsonNode items = existing instanceof SpinJsonNode json ? json : Spin.JSON("[]");
    SpinJsonNode item = Spin.JSON("{}");
    item.prop("number", items.elements().size() + 1);
    item.prop("description", required(execution, DESCRIPTION));
    item.prop("owner", required(execution, OWNER));
    item.prop("dueOn", required(execution, DUE_ON));
    items.append(item);
    execution.setVariable(ACTION_ITEMS, items);
    List.of(DESCRIPTION, OWNER, DUE_ON).forEach(execution::removeVariable);
  }

  private static String required(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      throw new ProcessEngineException("Cannot add the action item: '" + name + "' is missing");
    }
    return value.toString();
  }
}
