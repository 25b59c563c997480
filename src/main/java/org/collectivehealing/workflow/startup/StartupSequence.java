package org.collectivehealing.workflow.startup;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Runs every {@link StartupStep} in order once the application is ready, then lets other nodes start. */
@Component
public class StartupSequence {

  private static final Logger LOG = LoggerFactory.getLogger(StartupSequence.class);

  private final List<StartupStep> steps;
  private final StartupLock startupLock;

  public StartupSequence(List<StartupStep> steps, StartupLock startupLock) {
    this.steps = steps;
    this.startupLock = startupLock;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void runSteps() {
    try {
      for (StartupStep step : steps) {
        LOG.debug("Start-up step {}", step.getClass().getSimpleName());
        step.run();
      }
    } finally {
      startupLock.release();
    }
  }
}
