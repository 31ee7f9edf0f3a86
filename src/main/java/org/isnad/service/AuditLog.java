package org.isnad.service;

import java.util.List;
import org.isnad.domain.AuditEvent;

/** The append-only history of every change. */
public interface AuditLog {
    /** Appends an event; the sequence number of the given event is ignored and assigned by the log. */
    void append(AuditEvent event);

    /** A document's history, oldest first. */
    List<AuditEvent> eventsOf(String documentId);

    /** The whole history (documents' and actors'), oldest first: for copying a workspace whole. */
    List<AuditEvent> all();

    /** The history of what belongs to no one document (actor merges, claim records), oldest first. */
    List<AuditEvent> corpusEvents();
}
