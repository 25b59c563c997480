package org.collectivehealing.workflow.rest;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/** Adds the project's REST behaviour to Camunda's REST API. */
@Component
public class RestConfiguration implements ResourceConfigCustomizer {

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(RefusedSubmissionExceptionMapper.class);
  }
}
