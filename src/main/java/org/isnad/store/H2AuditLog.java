package org.isnad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.isnad.domain.AuditEvent;
import org.isnad.message.Message;
import org.isnad.service.AuditLog;
import org.isnad.service.ChangeFeed;

/** The history in {@code audit_event}; rows are only ever added, and numbered by the database. */
final class H2AuditLog implements AuditLog {
    private final H2Transactions tx;
    private final ChangeFeed changes;

    H2AuditLog(H2Transactions tx, ChangeFeed changes) {
        this.tx = tx;
        this.changes = changes;
    }

    @Override
    public void append(AuditEvent e) {
        tx.write(Message.of("store.do.audit.record", e.description()), c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_event "
                    + "(document_id, set_id, user_name, at, action, description, before_text, after_text) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, e.documentId());
                insert.setString(2, e.setId());
                insert.setString(3, e.user());
                Columns.setInstant(insert, 4, e.at());
                insert.setString(5, e.action());
                insert.setString(6, e.description());
                insert.setString(7, e.before());
                insert.setString(8, e.after());
                insert.executeUpdate();
            }
            // every change is audited, so the audit is where the search index learns of it, in the same transaction
            if (e.documentId() != null) {
                changes.documentChanged(e.documentId());
            }
            return null;
        });
    }

    @Override
    public List<AuditEvent> all() {
        return events(null, "");
    }

    @Override
    public List<AuditEvent> eventsOf(String documentId) {
        return events(documentId, " WHERE document_id = ?");
    }

    @Override
    public List<AuditEvent> corpusEvents() {
        return events(null, " WHERE document_id IS NULL");
    }

    private List<AuditEvent> events(String documentId, String where) {
        return tx.read(Message.of("store.do.audit.read", String.valueOf(documentId)), c -> {
            List<AuditEvent> events = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT sequence, document_id, set_id, user_name, at, "
                    + "action, description, before_text, after_text FROM audit_event" + where + " ORDER BY sequence")) {
                if (documentId != null) {
                    select.setString(1, documentId);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        events.add(new AuditEvent(rows.getLong("sequence"), rows.getString("document_id"),
                                rows.getString("set_id"), rows.getString("user_name"), Columns.getInstant(rows, "at"),
                                rows.getString("action"), rows.getString("description"), rows.getString("before_text"),
                                rows.getString("after_text")));
                    }
                }
            }
            return events;
        });
    }
}
