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
 * The one connection and its transactions. Every use of the connection goes through here, under
 * one lock, so the store is safe to call from several threads: they simply take turns. The
 * outermost call commits or rolls back; a nested call joins it, and if the nested work throws,
 * only what it did is undone (a savepoint) before the exception goes on.
 */
final class H2Transactions implements Transactions {
    /** Work on the connection that may throw SQLException. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Connection connection;
    private final String location;
    private final boolean syncEachCommit;
    private int depth;
    private boolean wrote;
    private boolean closed;

    H2Transactions(Connection connection, String location, boolean syncEachCommit) {
        this.connection = connection;
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

    String location() {
        return location;
    }

    synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!connection.isClosed()) {
                connection.rollback();
                // lets the close compact the file (see ChunkPlacement)
                ChunkPlacement.appendOnly(connection, false);
                connection.close();
            }
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
        depth = 1;
        wrote = false;
        try {
            T result = work.get();
            commit();
            return result;
        } catch (RuntimeException | Error e) {
            rollback(e);
            throw e;
        } finally {
            depth = 0;
        }
    }

    private <T> T nested(Supplier<T> work) {
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
        try {
            connection.commit();
        } catch (SQLException e) {
            throw StorageErrors.failed(Message.of("store.do.commit"), location, e);
        }
        if (wrote && syncEachCommit) {
            // see docs/adr/0003-h2-durability.md: forces the file to the disk, not only to the OS
            try (PreparedStatement sync = connection.prepareStatement("CHECKPOINT SYNC")) {
                sync.execute();
            } catch (SQLException e) {
                throw StorageErrors.failed(Message.of("store.do.sync"), location, e);
            }
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
