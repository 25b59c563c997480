package org.collectivehealing.workflow.audit;

import java.time.Instant;

/** One recorded read of a victim case's data. */
public record ReadRecord(String id, Instant readAt, String userId, String tenantId, String caseKey,
    String resource) {
}
