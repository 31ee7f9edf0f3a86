package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Locks one row by its id until the transaction ends ({@code SELECT … FOR UPDATE}, on H2 and PostgreSQL): a
 * version check made after it cannot be overtaken by another program's change to the same row.
 */
final class RowLock {
    private RowLock() {
    }

    /** {@code table} is one of the store's own table names, never user input. */
    static void lock(Connection c, String table, String id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT id FROM " + table + " WHERE id = ? FOR UPDATE")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    // the lock is the point
                }
            }
        }
    }
}
