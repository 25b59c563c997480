package org.collectivehealing.workflow.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.collectivehealing.workflow.errors.DatabaseOutage;
import org.glassfish.jersey.server.ParamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides how the engine's REST API answers an error: a caller's mistake is a 4xx whose message names the
 * problem; another site's case answers 404 exactly as an unknown id does, so ids of other sites reveal nothing;
 * a database that cannot be reached is a 503 to try again after; only a fault of the server is a 500, and it is
 * logged.
 */
final class EngineRefusals {

  private static final Logger LOG = LoggerFactory.getLogger(EngineRefusals.class);
  /** The engine's tenant check (ENGINE-13034 and its kind): the case exists, but at another site. */
  private static final String OTHER_SITE = "belongs to no authenticated tenant";
  /** How the engine says that something does not exist; it has no exception type for it. */
  private static final Pattern MISSING = Pattern.compile("(doesn't|does not) exist|[Cc]annot find|not found|No \\w+ found");
  /** How the engine refuses a new password that breaks the policy (SaveUserCmd), in a plain engine exception. */
  private static final String PASSWORD_POLICY = "Password does not match policy";
  private static final Pattern QUOTED_VALUE = Pattern.compile("(?s)value '.*?' of type");
  private static final Pattern QUOTED_PARAMETER_VALUE = Pattern.compile("(?s)to value '.*'");

  private EngineRefusals() {
  }

  /** @param path the request's path segments below the API's root, e.g. [task, 42, variables] */
  static EngineRefusal of(Throwable error, List<String> path) {
    Optional<EngineRefusal> outage = outage(error, path);
    if (outage.isPresent()) {
      return outage.get();
    }
    EngineRefusal refusal = classify(error, path);
    if (refusal.status() >= 500) {
      LOG.error("The engine REST API failed on /{}", String.join("/", path), error);
    } else {
      LOG.debug("Refused /{} with {}: {}", String.join("/", path), refusal.status(), refusal.message());
    }
    return refusal;
  }

  private static EngineRefusal classify(Throwable error, List<String> path) {
    for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof FormFieldValidationException refused) {
        return new EngineRefusal(400, FormFieldValidationException.class.getSimpleName(), refused.getMessage());
      }
      if (isNotFound(cause, path)) {
        return new EngineRefusal(404, "InvalidRequestException", notFound(path, cause));
      }
      if (cause instanceof BadUserRequestException refused) {
        // the engine's own word for a caller's mistake, and the guard's refusals (CallerCommandGuard)
        return new EngineRefusal(400, refused.getClass().getSimpleName(), withoutValues(refused.getMessage(), 400));
      }
      if (isMissingThing(cause)) {
        return new EngineRefusal(400, cause.getClass().getSimpleName(), withoutValues(cause.getMessage(), 400));
      }
      if (cause instanceof ProcessEngineException && PASSWORD_POLICY.equals(cause.getMessage())) {
        return new EngineRefusal(400, "PasswordPolicyException", "The password does not match the password "
            + "policy; GET /identity/password-policy lists its rules (length, character kinds, and none of the "
            + "user's id, names or email in it)");
      }
      if (cause instanceof AuthorizationException) {
        return new EngineRefusal(403, AuthorizationException.class.getSimpleName(), cause.getMessage());
      }
    }
    if (error instanceof RestException rest && rest.getCause() == null && isEngineMessage(rest.getMessage())) {
      // some resources (jobs) rewrap an engine refusal as a bare 500 that keeps only its message
      String message = rest.getMessage();
      boolean missing = message.contains(OTHER_SITE) || MISSING.matcher(message).find()
          && idOf(path).filter(message::contains).isPresent();
      return missing ? new EngineRefusal(404, "InvalidRequestException", notFound(path, rest))
          : new EngineRefusal(400, "InvalidRequestException", withoutValues(message, 400));
    }
    if (isArgumentCheck(error)) {
      return new EngineRefusal(400, error.getClass().getSimpleName(), withoutValues(error.getMessage(), 400));
    }
    if (error instanceof NullPointerException) {
      // Camunda's resources unbox what the body left out ({"retries": null}): the request lacks a value
      LOG.warn("A request to /{} lacked a value", String.join("/", path), error);
      return new EngineRefusal(400, "InvalidRequestException",
          "A value the call needs is missing from the request body or is null");
    }
    if (error instanceof JsonProcessingException json) {
      return new EngineRefusal(400, "InvalidRequestException", JsonBodyProblems.describe(json));
    }
    if (error instanceof WebApplicationException web) {
      return ofJaxRs(web, path);
    }
    int status = statusOf(error);
    String type = error.getClass().getSimpleName();
    if (status >= 500 && !(error instanceof ProcessEngineException || error instanceof RestException)) {
      return new EngineRefusal(status, type, "The server failed on this request; the error is logged");
    }
    return new EngineRefusal(status, type, withoutValues(error.getMessage(), status));
  }

  /** A REST wrapper around an engine refusal answers 500; the refusal inside knows the right status. */
  private static int statusOf(Throwable error) {
    ExceptionHandlerHelper camunda = ExceptionHandlerHelper.getInstance();
    int status = camunda.getStatus(error).getStatusCode();
    if (status >= 500 && error instanceof RestException && error.getCause() instanceof ProcessEngineException cause) {
      return camunda.getStatus(cause).getStatusCode();
    }
    return status;
  }

  /**
   * Another site's case, or an unknown id of the path's resource (the engine says so in words only). Another
   * thing that does not exist, e.g. an activity named in the body, is the caller's mistake: 400.
   */
  private static boolean isNotFound(Throwable cause, List<String> path) {
    String message = cause.getMessage() == null ? "" : cause.getMessage();
    if (!(cause instanceof ProcessEngineException)) {
      return false;
    }
    boolean missing = MISSING.matcher(message).find();
    return message.contains(OTHER_SITE) || missing && idOf(path).filter(message::contains).isPresent();
  }

  private static boolean isEngineMessage(String message) {
    return message != null && message.startsWith("ENGINE-");
  }

  /** The engine's checks of a call's arguments (EnsureUtil) throw plain engine exceptions; they are refusals. */
  private static boolean isArgumentCheck(Throwable error) {
    if (!(error instanceof ProcessEngineException)) {
      return false;
    }
    StackTraceElement[] trace = error.getStackTrace();
    for (int frame = 0; frame < Math.min(trace.length, 8); frame++) {
      if (trace[frame].getClassName().endsWith(".EnsureUtil")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isMissingThing(Throwable cause) {
    String message = cause.getMessage() == null ? "" : cause.getMessage();
    return cause instanceof ProcessEngineException && MISSING.matcher(message).find();
  }

  /** The path below the engine's name (the webapps' API has /engine/{name}) and "history": [resource, id, ...]. */
  private static List<String> resourcePath(List<String> path) {
    List<String> rest = withoutEngineName(path);
    return isHistory(path) ? rest.subList(1, rest.size()) : rest;
  }

  private static List<String> withoutEngineName(List<String> path) {
    return path.size() > 2 && path.get(0).equals("engine") ? path.subList(2, path.size()) : path;
  }

  private static boolean isHistory(List<String> path) {
    List<String> rest = withoutEngineName(path);
    return !rest.isEmpty() && rest.get(0).equals("history");
  }

  private static Optional<String> idOf(List<String> path) {
    List<String> resource = resourcePath(path);
    if (resource.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(resource.get(1).equals("key") && resource.size() > 2 ? resource.get(2)
        : resource.get(1));
  }

  /** Named from the path, not the error, so that an unknown id and another site's id read the same. */
  private static String notFound(List<String> path, Throwable cause) {
    List<String> resource = resourcePath(path);
    if (resource.size() < 2) {
      return withoutValues(cause.getMessage(), 404);
    }
    String kind = (isHistory(path) ? "historic " : "") + resource.get(0).replace('-', ' ');
    return resource.get(1).equals("key") && resource.size() > 2
        ? "No " + kind + " with key " + resource.get(2)
        : "No " + kind + " with id " + resource.get(1);
  }

  /** A database that cannot be reached: 503, logged in a line, as every waiting request meets it. */
  static Optional<EngineRefusal> outage(Throwable error, List<String> path) {
    if (!DatabaseOutage.isCauseOf(error)) {
      return Optional.empty();
    }
    LOG.warn("/{} answered {}: the database cannot be reached ({})", String.join("/", path), DatabaseOutage.STATUS,
        DatabaseOutage.reasonOf(error));
    return Optional.of(new EngineRefusal(DatabaseOutage.STATUS, DatabaseOutage.TYPE, DatabaseOutage.MESSAGE));
  }

  private static EngineRefusal ofJaxRs(WebApplicationException error, List<String> path) {
    int status = error.getResponse().getStatus();
    String type = error.getClass().getSimpleName();
    if (error instanceof ParamException parameter) {
      // Jersey answers an unreadable query parameter with 404; it is the caller's mistake in a request that exists
      return new EngineRefusal(400, type, "The " + parameter.getParameterType().getSimpleName()
          .replace("Param", "").toLowerCase() + " parameter '" + parameter.getParameterName() + "' is not valid");
    }
    if (error instanceof NotFoundException) {
      return new EngineRefusal(status, type, "No such resource: /" + String.join("/", path));
    }
    if (error instanceof NotAllowedException) {
      return new EngineRefusal(status, type, "This method is not allowed here; allowed: "
          + String.join(", ", error.getResponse().getAllowedMethods()));
    }
    if (error instanceof NotSupportedException) {
      return new EngineRefusal(status, type, "This Content-Type is not supported here; send application/json");
    }
    if (error instanceof NotAcceptableException) {
      return new EngineRefusal(status, type, "Cannot answer in the requested type; accept application/json");
    }
    return new EngineRefusal(status, type, withoutValues(error.getMessage(), status));
  }

  /** Camunda's conversion messages quote the value sent; a variable's value is never echoed back. */
  private static String withoutValues(String message, int status) {
    if (message == null || message.isBlank()) {
      return status >= 500 ? "The server failed on this request; the error is logged" : "The request was refused";
    }
    String cleaned = QUOTED_VALUE.matcher(message).replaceAll("a value of type");
    return QUOTED_PARAMETER_VALUE.matcher(cleaned).replaceAll("to the value given");
  }
}
