package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.isnad.message.Message;
import org.isnad.service.StorageException;

/**
 * A writing transaction's commit on a team server, and the commit tokens of this program's latest commits (to tell
 * its own notifications from other programs'). When the connection breaks during the COMMIT, the server may or may
 * not have committed: {@link CommitOutcome} asks it on a new connection, so that the work is acknowledged exactly
 * when the server holds it (docs/adr/0009-team-server.md).
 */
final class ServerCommits {
    private static final int TOKENS_KEPT = 4096;
    private final Map<String, Boolean> ownTokens = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > TOKENS_KEPT;
        }
    });

    /** Whether this program committed the change rows carrying {@code token} (one of its latest 4,096 commits). */
    boolean committedHere(String token) {
        return token != null && ownTokens.containsKey(token);
    }

    /**
     * Commits the transaction on {@code connection}, which changed {@code changed} documents (written to the change
     * counter with the COMMIT). Returns false when committed as usual; true when the connection broke during the
     * COMMIT, the server did commit, and the connection was given back to {@code source} as broken. Throws when
     * the transaction was not committed, or when whether it was cannot be learned.
     */
    boolean commit(Connection connection, Collection<String> changed, ConnectionSource source, String location) {
        String token = null;
        String xact = null;
        int backend = 0;
        try {
            backend = connection.unwrap(org.postgresql.PGConnection.class).getBackendPID();
            if (changed.isEmpty()) {
                xact = transactionId(connection);
                connection.commit();
            } else {
                token = UUID.randomUUID().toString();
                ownTokens.put(token, Boolean.TRUE); // before the COMMIT: its notification may come at once
                recordChangesAndCommit(connection, changed, token);
            }
            return false;
        } catch (SQLException e) {
            Message what = token == null ? Message.of("store.do.commit") : Message.of("store.do.change.record", String.join(", ", changed));
            if (!StorageErrors.isConnectionLost(e) || (token == null && xact == null)) {
                throw StorageErrors.failed(what, location, e);
            }
            source.giveBack(connection, true);
            CommitOutcome.Status outcome = token != null ? CommitOutcome.ofToken(source, token, backend) : CommitOutcome.of(source, xact);
            if (outcome == CommitOutcome.Status.ABORTED) {
                throw new LostAtCommit(StorageErrors.failed(what, location, e));
            }
            if (outcome == CommitOutcome.Status.UNKNOWN) {
                throw new LostAtCommit(new StorageException(Message.of("store.server.commit.unknown", location, StorageErrors.reason(e)), e));
            }
            return true; // committed: the server holds the work, so it is acknowledged like any other commit
        }
    }

    /** The refusal of a commit whose connection was lost and given back already: its transaction has nothing to roll back. */
    static final class LostAtCommit extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LostAtCommit(StorageException refusal) {
            super(refusal);
        }

        StorageException refusal() {
            return (StorageException) getCause();
        }
    }

    /**
     * One round trip: a row of the change counter per document changed, each recording this transaction (migration
     * V15) and {@code token}, then the COMMIT, sent together (pgjdbc sends the two statements before one Sync; if
     * the first fails, the server skips the COMMIT and the transaction is rolled back).
     */
    private static void recordChangesAndCommit(Connection connection, Collection<String> changed, String token) throws SQLException {
        String[] ids = changed.toArray(new String[0]);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO search_change (document_id, commit_token) "
                + "SELECT d.id, ? FROM unnest(?::varchar[]) WITH ORDINALITY AS d(id, n) ORDER BY d.n; COMMIT")) {
            insert.setString(1, token);
            insert.setArray(2, connection.createArrayOf("varchar", ids));
            insert.execute();
        }
        // pgjdbc saw the transaction end and sends nothing; the pool learns that it is committed
        connection.commit();
    }

    /** The id of a writing transaction that changed no document (one round trip more than such a write had). */
    private static String transactionId(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT pg_current_xact_id()::text");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }
}
