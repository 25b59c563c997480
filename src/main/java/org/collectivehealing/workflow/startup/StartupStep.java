package org.collectivehealing.workflow.startup;

/**
 * One idempotent piece of start-up work (models, identities, permissions, filters). Steps run in
 * {@link org.springframework.core.annotation.Order} while this node holds the {@link StartupLock}, so two
 * nodes starting together on one database never interleave them.
 */
public interface StartupStep {

  void run();
}
