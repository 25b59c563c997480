package org.collectivehealing.workflow.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Describes why a JSON body could not be read. Jackson's own messages quote the input, which may be a victim's
 * data, so this says where the problem is and what was expected, never what was sent.
 */
public final class JsonBodyProblems {

  private JsonBodyProblems() {
  }

  public static String describe(JsonProcessingException e) {
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String expected = mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
          ? " must be " + kindOf(mismatch.getTargetType()) : " has the wrong type";
      return "The request body does not fit: '" + pathOf(mapping) + "'" + expected + at(e.getLocation());
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return "The request body must be " + kindOf(mismatch.getTargetType()) + at(e.getLocation());
    }
    return "The request body is not valid JSON" + at(e.getLocation());
  }

  private static String pathOf(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  private static String kindOf(Class<?> type) {
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (CharSequence.class.isAssignableFrom(type) || type == Character.class || type == char.class) {
      return "a string";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    return Map.class.isAssignableFrom(type) || !type.isEnum() ? "an object" : "one of the allowed values";
  }

  private static String at(JsonLocation location) {
    return location == null || location.getLineNr() < 0 ? ""
        : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}
