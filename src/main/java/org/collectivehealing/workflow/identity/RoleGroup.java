package org.collectivehealing.workflow.identity;

/**
 * A group a feature needs beside the agencies (who is on call, who supervises): created at start-up when missing,
 * filled by administrators in the Admin webapp. It grants nothing in the engine by itself.
 */
public interface RoleGroup {

  String roleGroupId();

  String roleGroupName();
}
