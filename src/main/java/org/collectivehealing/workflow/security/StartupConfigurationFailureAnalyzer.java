package org.collectivehealing.workflow.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a {@link StartupConfigurationException} as Spring Boot's plain "what is wrong / what to do". */
public class StartupConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<StartupConfigurationException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, StartupConfigurationException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.getAction(), cause);
  }
}
