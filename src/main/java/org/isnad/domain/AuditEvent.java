package org.isnad.domain;

import java.time.Instant;
import org.isnad.message.Message;

/**
 * One line of the append-only history: who did what to which document and when, with the state
 * of what changed before and after (as readable text).
 */
public record AuditEvent(long sequence, String documentId, String setId, String user, Instant at,
                         String action, String description, String before, String after) {
    public AuditEvent {
        if (user == null || user.isBlank()) {
            throw new DomainException(Message.of("domain.audit.no.user"));
        }
        if (at == null || action == null || description == null) {
            throw new DomainException(Message.of("domain.audit.no.what"));
        }
    }
}
