package org.collectivehealing.workflow.board;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import java.util.function.Supplier;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;

/** The board's three reads; refusals are Cockpit's JSON errors ({"type": …, "message": …}). */
@Produces(MediaType.APPLICATION_JSON)
public class CommandBoardResource extends AbstractCockpitPluginResource {

  private final CommandBoard board;

  CommandBoardResource(String engineName, CommandBoard board) {
    super(engineName);
    this.board = board;
  }

  /** Open incidents and every agency's open work. */
  @GET
  public OpenWork.Overview overview() {
    return answer(() -> board.overview(getProcessEngine()));
  }

  /** Deadlines met and missed, week by week. */
  @GET
  @Path("deadlines")
  public DeadlineRecord.Deadlines deadlines() {
    return answer(() -> board.deadlines(getProcessEngine()));
  }

  /** One incident's milestones on all its tracks. */
  @GET
  @Path("incidents/{caseNumber}/timeline")
  public IncidentTimeline.Timeline timeline(@PathParam("caseNumber") String caseNumber) {
    return answer(() -> board.timeline(getProcessEngine(), caseNumber));
  }

  private static <T> T answer(Supplier<T> read) {
    try {
      return read.get();
    } catch (CommandBoard.RefusedException refused) {
      throw new RestException(refused.loggedIn ? Status.FORBIDDEN : Status.UNAUTHORIZED, refused.getMessage());
    } catch (IncidentTimeline.UnknownIncidentException unknown) {
      throw new InvalidRequestException(Status.NOT_FOUND, unknown.getMessage());
    }
  }
}
