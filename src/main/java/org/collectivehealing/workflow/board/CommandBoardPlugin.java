package org.collectivehealing.workflow.board;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The command board, a Cockpit plugin: its page and navigation entry (plugin-webapp/command-board/app/plugin.js)
 * and the API they read ({@link CommandBoardRootResource}). Cockpit finds it through
 * META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin.
 */
public class CommandBoardPlugin extends AbstractCockpitPlugin {

  public static final String ID = "command-board";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(CommandBoardRootResource.class);
  }
}
