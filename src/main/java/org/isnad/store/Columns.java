package org.isnad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * How Java values sit in columns. Instants are stored as TIMESTAMP(3) WITH TIME ZONE in UTC and are
 * truncated to the millisecond on the way in, so what comes back equals what went in whenever the
 * caller's Instant has millisecond precision (Instant.now() may carry microseconds; those are dropped).
 */
final class Columns {
    private Columns() {
    }

    static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }

    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, millis(instant).atOffset(ZoneOffset.UTC));
        }
    }

    static Instant getInstant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setObject(index, date);
        }
    }

    static LocalDate getDate(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, LocalDate.class);
    }

    static void setEnum(PreparedStatement statement, int index, Enum<?> value) throws SQLException {
        statement.setString(index, value == null ? null : value.name());
    }

    static <E extends Enum<E>> E getEnum(ResultSet rows, String column, Class<E> type) throws SQLException {
        String name = rows.getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }

    static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static Integer getInteger(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }
}
