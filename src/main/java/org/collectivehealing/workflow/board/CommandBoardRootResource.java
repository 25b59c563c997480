package org.collectivehealing.workflow.board;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The board's API under Cockpit's: {@code /camunda/api/cockpit/plugin/command-board/{engine}/board}. Cockpit,
 * not Spring, makes its resources, so the board's services are fetched from the application context here.
 */
@Path("plugin/" + CommandBoardPlugin.ID)
public class CommandBoardRootResource extends AbstractCockpitPluginRootResource {

  public CommandBoardRootResource() {
    super(CommandBoardPlugin.ID);
  }

  @Path("{engineName}/board")
  public CommandBoardResource board(@PathParam("engineName") String engineName) {
    var context = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
    return subResource(new CommandBoardResource(engineName, context.getBean(CommandBoard.class)), engineName);
  }
}
