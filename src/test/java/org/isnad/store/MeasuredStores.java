package org.isnad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * For the benchmark harness (org.isnad.bench), not for the program: a store without the fsync per
 * commit (to show what CHECKPOINT SYNC costs, see docs/adr/0003-h2-durability.md) and a plain JDBC
 * connection on a closed store's file, with the same URL settings as the store.
 */
public final class MeasuredStores {
    private MeasuredStores() {
    }

    /** {@code syncToDisk} false: commits are written (WRITE_DELAY=0) but not forced to the disk. */
    public static H2Store open(Path base, boolean syncToDisk) {
        return H2Store.open(base, syncToDisk);
    }

    /** A connection with autocommit off on a database that no store has open. */
    public static Connection plainJdbc(Path base) throws SQLException {
        Connection c = RawDatabase.connect(base);
        c.setAutoCommit(false);
        return c;
    }
}
