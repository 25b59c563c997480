package org.collectivehealing.workflow.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * The rules every answer is held to: never a 5xx; a 4xx is JSON with a message that says what is wrong
 * (Camunda's {@code message}, problem+json's {@code detail} or {@code title}); a 2xx shows the caller nothing
 * it may not see and is no leak where the request's expectation says so.
 */
final class ResponseJudge {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final FuzzTargets targets;
  private final ProcessEngine engine;

  ResponseJudge(FuzzTargets targets, ProcessEngine engine) {
    this.targets = targets;
    this.engine = engine;
  }

  /** Each broken rule as "class: detail"; empty when the answer is right. */
  List<String> judge(HostileRequest request, Answer answer) {
    List<String> broken = new ArrayList<>();
    if (answer.status() >= 500) {
      broken.add("5xx: server error for a caller's request");
    } else if (answer.refused()) {
      String message = message(answer);
      if (message == null) {
        broken.add("unclear 4xx: no JSON message naming the problem");
      }
    } else if (answer.accepted()) {
      judgeAccepted(request, answer, broken);
    }
    return broken;
  }

  private void judgeAccepted(HostileRequest request, Answer answer, List<String> broken) {
    switch (request.expect()) {
      case REFUSE -> broken.add((request.write() ? "forbidden write accepted" : "forbidden read given")
          + " (" + answer.status() + ")");
      case NO_ROWS -> {
        if (hasRows(answer.body())) {
          broken.add("rows given for a filter or resource the caller may not use");
        }
      }
      case NO_EFFECT, ANY -> {
      }
    }
    String body = answer.body() == null ? "" : answer.body();
    for (String hidden : targets.hiddenFrom(request.caller())) {
      if (body.contains(hidden)) {
        broken.add("leak: the answer holds '" + Excerpt.of(hidden, 40) + "', which the caller may not see");
        break;
      }
    }
    if (request.afterAccepted() != null) {
      String violation = request.afterAccepted().violation(answer, engine);
      if (violation != null) {
        broken.add("accepted with a forbidden effect: " + violation);
      }
    }
  }

  static String message(Answer answer) {
    try {
      JsonNode body = JSON.readTree(answer.body() == null ? "" : answer.body());
      if (body == null || !body.isObject()) {
        return null;
      }
      for (String field : List.of("message", "detail", "title")) {
        String text = body.path(field).asText("");
        if (!text.isBlank()) {
          return text;
        }
      }
      return null;
    } catch (IOException e) {
      return null;
    }
  }

  /** A list with an item, a count above 0, or anything else but an empty answer. */
  static boolean hasRows(String body) {
    if (body == null || body.isBlank()) {
      return false;
    }
    try {
      JsonNode json = JSON.readTree(body);
      if (json.isArray()) {
        return json.size() > 0;
      }
      if (json.has("count")) {
        return json.path("count").asLong() > 0;
      }
      return !json.isEmpty();
    } catch (IOException e) {
      return true;
    }
  }
}
