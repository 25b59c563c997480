package org.collectivehealing.workflow.consent;

/** No consent with this id, or none the caller may see: both answer alike, so that ids of other sites leak nothing. */
public class ConsentNotFoundException extends RuntimeException {

  public ConsentNotFoundException(String id) {
    super("No consent " + id);
  }
}
