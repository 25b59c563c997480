package org.collectivehealing.workflow.audit;

/**
 * A call of the engine's REST API as recognised from its method and path.
 *
 * @param disclosure what it discloses of variables
 * @param id for a scoped disclosure, the id the path names (its {@code {id}}); null otherwise
 */
public record VariableRead(Disclosure disclosure, String id) {
}
