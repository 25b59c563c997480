package org.collectivehealing.workflow.fuzz;

import static org.collectivehealing.workflow.fuzz.HostileRequest.Expect.ANY;
import static org.collectivehealing.workflow.fuzz.HostileRequest.Expect.NO_ROWS;
import static org.collectivehealing.workflow.fuzz.HostileRequest.Expect.REFUSE;

import java.util.ArrayList;
import java.util.List;

/**
 * Comments and attachments on tasks: only the agency that works a task at its site may add them; another
 * site's task shows none.
 */
final class CommentRequests {

  static final String GROUP = "comments and attachments";
  private static final String BOUNDARY = "fuzzBoundary7MA4YWxk";

  private CommentRequests() {
  }

  static List<HostileRequest> generate(FuzzTargets targets) {
    List<HostileRequest> requests = new ArrayList<>();
    for (Caller caller : targets.everyone) {
      for (SiteCases.OpenTask task : targets.allTasks()) {
        String path = "/engine-rest/task/" + task.id();
        boolean works = targets.works(caller, task);
        boolean sameSite = caller.worksAt(targets.siteOf(task.id()));
        requests.add(HostileRequest.write(GROUP, caller, "POST", path + "/comment/create",
            "{\"message\":\"a note from " + caller.label() + "\"}", works ? ANY : REFUSE));
        requests.add(targets.random.nextBoolean()
            ? HostileRequest.write(GROUP, caller, "POST", path + "/attachment/create", multipart(), works ? ANY
                : REFUSE).contentType("multipart/form-data; boundary=" + BOUNDARY)
            : HostileRequest.write(GROUP, caller, "POST", path + "/comment/create", targets.pick(List.of("{",
                "null", "{\"message\":null}", "{\"message\":[1,2]}", "{\"message\":\"" + HostileValues.TEXT_5000
                    + "\"}")), REFUSE));
        requests.add(HostileRequest.read(GROUP, caller, path + targets.pick(List.of("/comment", "/attachment")),
            sameSite ? ANY : NO_ROWS));
      }
      requests.add(HostileRequest.write(GROUP, caller, "POST", "/engine-rest/task/abc/comment/create",
          "{\"message\":\"x\"}", REFUSE));
      requests.add(HostileRequest.write(GROUP, caller, "POST", "/engine-rest/task/"
          + targets.pick(targets.allTasks()).id() + "/attachment/create", "{\"attachment-name\":\"x\"}", REFUSE));
    }
    return requests;
  }

  private static String multipart() {
    return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"attachment-name\"\r\n\r\nnote.txt\r\n--"
        + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"url\"\r\n\r\nhttp://example.org/x\r\n--" + BOUNDARY
        + "--\r\n";
  }
}
