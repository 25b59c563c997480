package org.collectivehealing.workflow.audit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A JAX-RS path template split into segments, each a literal or a parameter ({@code {id}}), matched against a
 * request path's segments as Jersey matches them.
 */
public final class PathTemplate {

  private final String text;
  private final List<String> segments;

  private PathTemplate(String text, List<String> segments) {
    this.text = text;
    this.segments = segments;
  }

  static PathTemplate of(String template) {
    List<String> segments = new ArrayList<>();
    for (String segment : template.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return new PathTemplate("/" + String.join("/", segments), List.copyOf(segments));
  }

  /** The same template without the optional {@code /engine/{name}} prefix of the named engine's resources. */
  PathTemplate withoutEnginePrefix() {
    if (segments.size() > 2 && segments.get(0).equals("engine") && segments.get(1).equals("{name}")) {
      return of(String.join("/", segments.subList(2, segments.size())));
    }
    return this;
  }

  /**
   * The parameters' values when the segments match: as Jersey does, literals exactly as sent (case and
   * percent-encoding count), each parameter one whole segment, its value percent-decoded.
   *
   * @param requestSegments the request path's segments without their matrix parameters
   */
  Optional<Map<String, String>> match(List<String> requestSegments) {
    if (requestSegments.size() != segments.size()) {
      return Optional.empty();
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      if (isParameter(segment)) {
        parameters.put(segment.substring(1, segment.length() - 1), decode(requestSegments.get(i)));
      } else if (!segment.equals(requestSegments.get(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(parameters);
  }

  int size() {
    return segments.size();
  }

  /** Whether the segment at the index is a parameter rather than a literal. */
  boolean parameterAt(int index) {
    return isParameter(segments.get(index));
  }

  private static String decode(String segment) {
    try {
      // a '+' is a plus in a path, not a space
      return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      // as sent: no such id exists, so the API answers 404 and nothing is read
      return segment;
    }
  }

  private static boolean isParameter(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PathTemplate that && text.equals(that.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
