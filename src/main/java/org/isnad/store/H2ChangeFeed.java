package org.isnad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.isnad.message.Message;
import org.isnad.service.ChangeFeed;

/** The change counter in {@code search_change} (migration V5): one row per change, numbered by the database. */
final class H2ChangeFeed implements ChangeFeed {
    /** The advisory lock that keeps the change counter's numbers in commit order on PostgreSQL. */
    static final long COUNTER_LOCK = 0x15_4E_AD_01L;
    private final H2Transactions tx;

    H2ChangeFeed(H2Transactions tx) {
        this.tx = tx;
    }

    @Override
    public void documentChanged(String documentId) {
        if (tx.onServer()) {
            // numbered just before the commit, under the lock that keeps the numbers in commit order (ADR 0009)
            tx.changedAtCommit(documentId);
            return;
        }
        tx.write(Message.of("store.do.change.record", documentId), c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO search_change (document_id) VALUES (?)")) {
                insert.setString(1, documentId);
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public long latest() {
        return tx.read(Message.of("store.do.change.read"), c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT COALESCE(MAX(sequence), 0) FROM search_change");
                 ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    @Override
    public Set<String> changedSince(long counter) {
        return tx.read(Message.of("store.do.change.read"), c -> {
            Set<String> ids = new LinkedHashSet<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT document_id FROM search_change WHERE sequence > ? ORDER BY sequence")) {
                select.setLong(1, counter);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getString(1));
                    }
                }
            }
            return ids;
        });
    }
}
