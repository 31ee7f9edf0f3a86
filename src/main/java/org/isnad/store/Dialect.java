package org.isnad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The few places where H2's SQL and PostgreSQL's differ; everything else the store says is the same on both
 * (docs/adr/0009-team-server.md).
 */
enum Dialect {
    H2,
    POSTGRESQL;

    static Dialect of(Connection connection) throws SQLException {
        return connection.isWrapperFor(org.postgresql.PGConnection.class) ? POSTGRESQL : H2;
    }

    /**
     * Insert a row, or replace the non-key columns of the row with the same key: H2's {@code MERGE … KEY},
     * PostgreSQL's {@code INSERT … ON CONFLICT … DO UPDATE}. Parameters are the columns in order.
     */
    String upsert(String table, String columns, String keyColumns) {
        String values = Arrays.stream(columns.split(",")).map(c -> "?").collect(Collectors.joining(", "));
        if (this == H2) {
            return "MERGE INTO " + table + " (" + columns + ") KEY (" + keyColumns + ") VALUES (" + values + ")";
        }
        java.util.Set<String> keys = Arrays.stream(keyColumns.split(",")).map(String::strip)
                .collect(Collectors.toSet());
        String updates = Arrays.stream(columns.split(",")).map(String::strip).filter(c -> !keys.contains(c))
                .map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ") ON CONFLICT (" + keyColumns + ") "
                + (updates.isEmpty() ? "DO NOTHING" : "DO UPDATE SET " + updates);
    }

    static String upsert(Connection connection, String table, String columns, String keyColumns) throws SQLException {
        return of(connection).upsert(table, columns, keyColumns);
    }
}
