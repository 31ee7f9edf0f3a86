package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
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
 * savepoint) before the exception goes on. On a server a savepoint is a round trip (it was three of an
 * edit's eight), so there a nested call that throws marks the whole transaction to be rolled back: a caller
 * that catches the failure and goes on cannot commit (docs/adr/0009-team-server.md). On H2 there is one
 * connection for the store's life; on a server ({@link ServerConnections}) each outermost call borrows one
 * from the pool, so a connection lost with the server is replaced by the next transaction.
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
    /** On a server: how a writing transaction commits, and the tokens of this program's commits. */
    private final ServerCommits serverCommits = new ServerCommits();
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
     * transaction changed are written to the change counter in one statement sent with its COMMIT, with a commit
     * token ({@link ServerCommits}, docs/adr/0009-team-server.md): one round trip however many changes it made.
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
        return serverCommits.committedHere(token);
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
        } catch (ServerCommits.LostAtCommit e) {
            lostAtCommit = true; // its connection was given back already, and the server rolled it back
            throw e.refusal();
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
            if (serverCommits.commit(connection, changedDocuments, source, location)) {
                // the connection broke during the COMMIT, which the server did commit: it was given back already
                lostAtCommit = true;
                connection = null;
            }
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
