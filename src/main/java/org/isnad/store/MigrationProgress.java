package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How far a migration that has not finished got: the table {@code schema_progress}, one row per
 * migration that stopped half-way, with the number of its statements that were applied.
 *
 * <p>Why it exists (docs/adr/0002-own-migration-runner.md): H2 commits every CREATE, ALTER and DROP
 * on its own, together with whatever the transaction held before it, so a migration cannot be rolled
 * back as a whole. The runner therefore commits each statement with its progress row, and a
 * migration that failed is continued at the statement that failed instead of being run again from
 * its first statement, which would meet the tables it had already made.
 */
final class MigrationProgress {
    /** A migration that stopped half-way: its file's checksum then, and how many statements were applied. */
    record Partial(String checksum, int statementsDone) {
    }

    private MigrationProgress() {
    }

    static void createTable(Connection connection) throws SQLException {
        try (PreparedStatement create = connection.prepareStatement("CREATE TABLE IF NOT EXISTS schema_progress ("
                + "version INT NOT NULL PRIMARY KEY, "
                + "checksum CHAR(64) NOT NULL, "
                + "statements_done INT NOT NULL)")) {
            create.execute();
        }
        connection.commit();
    }

    static Map<Integer, Partial> read(Connection connection) throws SQLException {
        Map<Integer, Partial> partial = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT version, checksum, statements_done FROM schema_progress ORDER BY version");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                partial.put(rows.getInt(1), new Partial(rows.getString(2), rows.getInt(3)));
            }
        }
        return partial;
    }

    /** Records, in the open transaction, that the first {@code done} statements of {@code m} are applied. */
    static void record(Connection connection, Migration m, int done) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(
                Dialect.upsert(connection, "schema_progress", "version, checksum, statements_done", "version"))) {
            merge.setInt(1, m.version());
            merge.setString(2, m.checksum());
            merge.setInt(3, done);
            merge.executeUpdate();
        }
    }

    /** Forgets the progress of a migration, in the transaction that records it as applied. */
    static void clear(Connection connection, Migration m) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM schema_progress WHERE version = ?")) {
            delete.setInt(1, m.version());
            delete.executeUpdate();
        }
    }
}
