package org.collectivehealing.workflow.fuzz;

/** A short, one-line excerpt of a body for the failure list; long bodies say how long they were. */
final class Excerpt {

  private Excerpt() {
  }

  static String of(String text, int max) {
    if (text == null) {
      return "(none)";
    }
    String line = text.replaceAll("\\s+", " ");
    return line.length() <= max ? line : line.substring(0, max) + "…(" + text.length() + " chars)";
  }
}
