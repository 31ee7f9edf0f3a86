package org.isnad.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Where {@link H2Transactions} gets the connection for one outermost transaction, and gives it back. */
interface ConnectionSource {
    Connection borrow() throws SQLException;

    /** {@code broken}: the transaction failed because the connection was lost; it is not used again. */
    void giveBack(Connection connection, boolean broken);

    void close() throws SQLException;

    /** H2: the one connection of the file, kept for the store's life. */
    final class Single implements ConnectionSource {
        private final Connection connection;

        Single(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Connection borrow() {
            return connection;
        }

        @Override
        public void giveBack(Connection used, boolean broken) {
            // kept open: the file's lock lives with it
        }

        @Override
        public void close() throws SQLException {
            if (!connection.isClosed()) {
                connection.rollback();
                // lets the close compact the file (see ChunkPlacement)
                ChunkPlacement.appendOnly(connection, false);
                connection.close();
            }
        }
    }
}
