package org.isnad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.isnad.message.Message;
import org.isnad.service.ChangeFeed;

/**
 * The change counter in {@code search_change} (migration V5): one row per change. On H2 the counter is the
 * row's sequence, since the one program writing the file commits its changes in sequence order. On a team server
 * sequence numbers are handed out before commit, so a later number can commit first; there the counter is a
 * horizon of transactions instead (migration V15, docs/adr/0009-team-server.md): each row records the transaction
 * that wrote it, and every transaction below {@code pg_snapshot_xmin(pg_current_snapshot())} has ended, so what a
 * reader has seen below the horizon stays complete, without a lock on the writers.
 */
final class H2ChangeFeed implements ChangeFeed {
    /**
     * Added to a server's horizon to make its counter: a counter recorded before V15 (a sequence number, far below
     * this) then reads as older than every horizon, and the reader catches up on every change once.
     */
    static final long HORIZON_BASE = 1L << 40;
    private final H2Transactions tx;

    H2ChangeFeed(H2Transactions tx) {
        this.tx = tx;
    }

    @Override
    public void documentChanged(String documentId) {
        if (tx.onServer()) {
            // written just before the commit, all of the transaction's documents in one statement
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
        if (tx.onServer()) {
            return tx.read(Message.of("store.do.change.read"), c -> {
                try (PreparedStatement select = c.prepareStatement("SELECT pg_snapshot_xmin(pg_current_snapshot())::text");
                     ResultSet row = select.executeQuery()) {
                    row.next();
                    return HORIZON_BASE + Long.parseLong(row.getString(1));
                }
            });
        }
        return tx.read(Message.of("store.do.change.read"), c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT COALESCE(MAX(sequence), 0) FROM search_change");
                 ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    /**
     * On a server: the documents of every committed change whose transaction is at or above the horizon
     * {@code counter}; that includes changes above the horizon read now (committed before a transaction that is
     * still open), which are then read again after the next horizon, and nothing is missed.
     */
    @Override
    public Set<String> changedSince(long counter) {
        boolean server = tx.onServer();
        return tx.read(Message.of("store.do.change.read"), c -> {
            Set<String> ids = new LinkedHashSet<>();
            try (PreparedStatement select = c.prepareStatement(server
                    ? "SELECT document_id FROM search_change WHERE xact >= ?::text::xid8 ORDER BY sequence"
                    : "SELECT document_id FROM search_change WHERE sequence > ? ORDER BY sequence")) {
                if (server) {
                    select.setString(1, Long.toString(Math.max(0, counter - HORIZON_BASE)));
                } else {
                    select.setLong(1, counter);
                }
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
