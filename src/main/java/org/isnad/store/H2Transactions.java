package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.Supplier;
import org.isnad.message.Message;
import org.isnad.service.StorageException;
import org.isnad.service.Transactions;

/**
 * The store's transactions. Every use of a connection goes through here, under one lock, so the
 * store is safe to call from several threads: they simply take turns. The outermost call commits or
 * rolls back; a nested call joins it. On H2, if the nested work throws, only what it did is undone (a
 * savepoint) before the exception goes on. On a server a savepoint is a round trip (it was three of an edit's
 * eight), so there a nested call that throws marks the whole transaction to be rolled back: a caller that
 * catches the failure and goes on cannot commit (docs/adr/0009-team-server.md). On H2 there is one connection for the store's life; on a
 * server ({@link ServerConnections}) each outermost call borrows one from the pool, so a connection
 * lost with the server is replaced by the next transaction (docs/adr/0009-team-server.md).
 */
final class H2Transactions implements Transactions {
    /** Work on the connection that may throw SQLException. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private final ConnectionSource source;
    private Connection connection;
    private final String location;
    private final boolean syncEachCommit;
    private int depth;
    private boolean wrote;
    private boolean closed;
    /** On a server: a nested call failed, so this transaction must not commit (no savepoint undid its work). */
    private boolean rollbackOnly;
    /** The connection broke during the commit and was given back already (the outcome was asked on another). */
    private boolean lostAtCommit;
    private final java.util.List<Runnable> commitListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The commit tokens of this program's latest commits on a server, to tell its own notifications from others'. */
    private final java.util.Map<String, Boolean> ownTokens = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, Boolean> eldest) {
                    return size() > 4096;
                }
            });
    /** On a server: the documents this transaction changed, numbered by the change counter just before its commit. */
    private final java.util.Set<String> changedDocuments = new java.util.LinkedHashSet<>();

    H2Transactions(Connection connection, String location, boolean syncEachCommit) {
        this(new ConnectionSource.Single(connection), location, syncEachCommit);
    }

    H2Transactions(ConnectionSource source, String location, boolean syncEachCommit) {
        this.source = source;
        this.location = location;
        this.syncEachCommit = syncEachCommit;
    }

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        return depth == 0 ? outermost(work) : nested(work);
    }

    /** A change: its own transaction when called alone, part of the caller's otherwise. */
    synchronized <T> T write(Message what, SqlWork<T> work) {
        return inTransaction(() -> {
            wrote = true;
            return runSql(what, work);
        });
    }

    /** A read: no savepoint needed, since it changes nothing. */
    synchronized <T> T read(Message what, SqlWork<T> work) {
        return depth == 0 ? outermost(() -> runSql(what, work)) : runSql(what, work);
    }

    /** Whether the connections come from a team server's pool (PostgreSQL) rather than an H2 file. */
    boolean onServer() {
        return !(source instanceof ConnectionSource.Single);
    }

    /**
     * On a server: counts {@code documentId} as changed when this transaction commits. All the documents a
     * transaction changed are written to the change counter in one statement just before its commit, which also
     * returns the transaction's id (the counter's horizon and {@link CommitOutcome}, docs/adr/0009-team-server.md):
     * one round trip however many changes the transaction made.
     */
    synchronized void changedAtCommit(String documentId) {
        if (depth == 0) {
            outermost(() -> {
                wrote = true;
                changedDocuments.add(documentId);
                return null;
            });
            return;
        }
        wrote = true;
        changedDocuments.add(documentId);
    }

    /** Whether this program committed the change rows carrying {@code token} (one of its latest 4,096 commits). */
    boolean committedHere(String token) {
        return token != null && ownTokens.containsKey(token);
    }

    @Override
    public void afterCommit(Runnable listener) {
        commitListeners.add(listener);
    }

    String location() {
        return location;
    }

    synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            source.close();
        } catch (SQLException e) {
            throw StorageErrors.failed(Message.of("store.do.close"), location, e);
        }
    }

    private <T> T runSql(Message what, SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw StorageErrors.failed(what, location, e);
        }
    }

    private <T> T outermost(Supplier<T> work) {
        checkOpen();
        try {
            connection = source.borrow();
        } catch (SQLException e) {
            throw StorageErrors.failed(Message.of("store.do.connect"), location, e);
        }
        depth = 1;
        wrote = false;
        lostAtCommit = false;
        rollbackOnly = false;
        boolean broken = false;
        try {
            T result = work.get();
            if (rollbackOnly) {
                throw new StorageException(Message.of("store.server.part.failed", location));
            }
            commit();
            return result;
        } catch (RuntimeException | Error e) {
            broken = StorageErrors.isConnectionLost(e);
            if (!lostAtCommit) {
                rollback(e);
            }
            throw e;
        } finally {
            depth = 0;
            changedDocuments.clear();
            Connection used = connection;
            connection = null;
            if (!lostAtCommit) {
                source.giveBack(used, broken);
            }
        }
    }

    private <T> T nested(Supplier<T> work) {
        if (onServer()) {
            depth++;
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                rollbackOnly = true;
                throw e;
            } finally {
                depth--;
            }
        }
        Savepoint savepoint;
        try {
            savepoint = connection.setSavepoint();
        } catch (SQLException e) {
            throw StorageErrors.failed(Message.of("store.do.nested.start"), location, e);
        }
        depth++;
        try {
            T result = work.get();
            connection.releaseSavepoint(savepoint);
            return result;
        } catch (SQLException e) {
            throw StorageErrors.failed(Message.of("store.do.nested.finish"), location, e);
        } catch (RuntimeException | Error e) {
            try {
                connection.rollback(savepoint);
            } catch (SQLException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            }
            throw e;
        } finally {
            depth--;
        }
    }

    private void commit() {
        if (onServer() && wrote) {
            commitOnServer();
        } else {
            try {
                connection.commit();
            } catch (SQLException e) {
                throw StorageErrors.failed(Message.of("store.do.commit"), location, e);
            }
        }
        if (wrote && syncEachCommit && connection != null) {
            // see docs/adr/0003-h2-durability.md: forces the file to the disk, not only to the OS
            try (PreparedStatement sync = connection.prepareStatement("CHECKPOINT SYNC")) {
                sync.execute();
            } catch (SQLException e) {
                throw StorageErrors.failed(Message.of("store.do.sync"), location, e);
            }
        }
        if (wrote) {
            commitListeners.forEach(Runnable::run);
        }
    }

    /**
     * A writing transaction's commit on a server. When the connection breaks during the COMMIT, the server may or may
     * not have committed: {@link CommitOutcome} asks it on a new connection, so that the work is acknowledged exactly
     * when the server holds it (docs/adr/0009-team-server.md).
     */
    private void commitOnServer() {
        String token = null;
        String xact = null;
        int backend = 0;
        try {
            backend = connection.unwrap(org.postgresql.PGConnection.class).getBackendPID();
            if (changedDocuments.isEmpty()) {
                xact = transactionId();
                connection.commit();
            } else {
                token = java.util.UUID.randomUUID().toString();
                ownTokens.put(token, Boolean.TRUE); // before the COMMIT: its notification may come at once
                recordChangesAndCommit(token);
            }
        } catch (SQLException e) {
            Message what = token == null ? Message.of("store.do.commit")
                    : Message.of("store.do.change.record", String.join(", ", changedDocuments));
            if (!StorageErrors.isConnectionLost(e) || (token == null && xact == null)) {
                throw StorageErrors.failed(what, location, e);
            }
            lostAtCommit = true;
            source.giveBack(connection, true);
            connection = null;
            CommitOutcome.Status outcome = token != null ? CommitOutcome.ofToken(source, token, backend) : CommitOutcome.of(source, xact);
            if (outcome == CommitOutcome.Status.ABORTED) {
                throw StorageErrors.failed(what, location, e);
            }
            if (outcome == CommitOutcome.Status.UNKNOWN) {
                throw new StorageException(Message.of("store.server.commit.unknown", location, StorageErrors.reason(e)), e);
            }
            // committed: the server holds the work, so it is acknowledged like any other commit
        }
    }

    /**
     * One round trip: a row of the change counter per document changed, each recording this transaction (migration
     * V15) and {@code token}, then the COMMIT, sent together (pgjdbc sends the two statements before one Sync; if
     * the first fails, the server skips the COMMIT and the transaction is rolled back).
     */
    private void recordChangesAndCommit(String token) throws SQLException {
        String[] ids = changedDocuments.toArray(new String[0]);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO search_change (document_id, commit_token) "
                + "SELECT d.id, ? FROM unnest(?::varchar[]) WITH ORDINALITY AS d(id, n) ORDER BY d.n; COMMIT")) {
            insert.setString(1, token);
            insert.setArray(2, connection.createArrayOf("varchar", ids));
            insert.execute();
        }
        // pgjdbc saw the transaction end and sends nothing; the pool learns that it is committed
        connection.commit();
    }

    /** On a server, the id of a writing transaction that changed no document (one round trip more than such a write had). */
    private String transactionId() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT pg_current_xact_id()::text");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }

    private void rollback(Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new StorageException(Message.of("store.closed", location));
        }
    }
}
