package org.collectivehealing.workflow.forms;

import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * Parsed forms, cached by process definition and element: with binding "deployment" a definition always uses
 * the form deployed with it, so an entry never goes stale.
 */
final class DeployedForms {

  private static final Map<String, CamundaForm> CACHE = new ConcurrentHashMap<>();

  private DeployedForms() {
  }

  /** Reads the form as the engine itself, whatever the acting user may read. */
  static CamundaForm get(String processDefinitionId, String elementId, Callable<InputStream> load) {
    return CACHE.computeIfAbsent(processDefinitionId + "#" + elementId,
        key -> CamundaForm.parse(Context.getCommandContext().runWithoutAuthorization(load)));
  }
}
