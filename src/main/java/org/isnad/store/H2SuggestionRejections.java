package org.isnad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.isnad.message.Message;
import org.isnad.service.SuggestionRejections;

/** Rejected suggestions in {@code suggestion_rejection}. */
final class H2SuggestionRejections implements SuggestionRejections {
    private final H2Transactions tx;

    H2SuggestionRejections(H2Transactions tx) {
        this.tx = tx;
    }

    @Override
    public Set<String> rejectedKeys(String documentId) {
        return tx.read(Message.of("store.do.rejections.read", documentId), c -> {
            Set<String> keys = new HashSet<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT suggestion_key FROM suggestion_rejection WHERE document_id = ?")) {
                select.setString(1, documentId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        keys.add(rows.getString(1));
                    }
                }
            }
            return keys;
        });
    }

    @Override
    public void reject(String documentId, String suggestionKey, String user, Instant at) {
        tx.write(Message.of("store.do.rejection.save"), c -> {
            try (PreparedStatement merge = c.prepareStatement(Dialect.upsert(c, "suggestion_rejection",
                    "document_id, suggestion_key, user_name, rejected_at", "document_id, suggestion_key"))) {
                merge.setString(1, documentId);
                merge.setString(2, suggestionKey);
                merge.setString(3, user);
                Columns.setInstant(merge, 4, at);
                merge.executeUpdate();
            }
            return null;
        });
    }
}
