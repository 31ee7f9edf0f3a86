package org.isnad.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.message.Message;
import org.isnad.service.StorageException;

/**
 * Brings a database up to the schema this program knows, from the versioned SQL files in
 * {@code db/migration/} (listed, in order of increasing version, gaps allowed, in {@code index.txt}). Each migration runs in its own
 * transaction and is recorded in {@code schema_history} with the SHA-256 of its file. A database
 * whose recorded checksums differ from the files, or that was written by a newer Isnad, is refused.
 *
 * <p>H2 commits each CREATE/ALTER/DROP on its own, so a migration that fails half-way can leave part
 * of its tables behind; the error message names the migration so that the file can be restored
 * from a backup.
 */
public final class Migrations {
    public static final String DEFAULT_FOLDER = "db/migration";
    static final String INDEX = "index.txt";

    private final List<Migration> known;

    Migrations(List<Migration> known) {
        this.known = List.copyOf(known);
        // Versions must increase in index order but may leave gaps: a number can be reserved for a
        // change still being made elsewhere (V2 was, while V3 was written).
        int previous = 0;
        for (int i = 0; i < this.known.size(); i++) {
            int version = this.known.get(i).version();
            if (version <= previous) {
                throw new IllegalStateException("migrations must have increasing version numbers in index order; found "
                        + this.known.get(i).fileName() + " at place " + (i + 1) + " after version " + previous);
            }
            previous = version;
        }
    }

    /** The migrations shipped with this program. */
    public static Migrations shipped() {
        return fromClasspath(DEFAULT_FOLDER);
    }

    /** Reads a folder of migrations from the classpath, in the order its index file gives. */
    static Migrations fromClasspath(String folder) {
        ClassLoader loader = Migrations.class.getClassLoader();
        List<Migration> migrations = new ArrayList<>();
        for (String line : read(loader, folder + "/" + INDEX).split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                migrations.add(Migration.of(name, read(loader, folder + "/" + name)));
            }
        }
        return new Migrations(migrations);
    }

    /** The highest version this program knows (0 when it knows none). */
    public int latestVersion() {
        return known.isEmpty() ? 0 : known.get(known.size() - 1).version();
    }

    List<Migration> known() {
        return known;
    }

    /**
     * Checks what was applied before and applies what is missing.
     *
     * @return the versions applied now (empty when the database was up to date)
     */
    public List<Integer> migrate(Connection connection, String location) {
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                createHistoryTable(connection);
                Map<Integer, String> applied = applied(connection);
                check(applied, location);
                List<Integer> appliedNow = new ArrayList<>();
                for (Migration m : known) {
                    if (!applied.containsKey(m.version())) {
                        apply(connection, m, location);
                        appliedNow.add(m.version());
                    }
                }
                return appliedNow;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw StorageErrors.failed(Message.of("store.do.schema.version"), location, e);
        }
    }

    private void check(Map<Integer, String> applied, String location) {
        int newest = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (newest > latestVersion()) {
            throw new StorageException(Message.of("store.schema.newer", location, newest, latestVersion()));
        }
        for (Migration m : known) {
            String checksum = applied.get(m.version());
            if (checksum == null) {
                if (m.version() < newest) {
                    throw new StorageException(Message.of("store.schema.gap", location, m.fileName()));
                }
            } else if (!checksum.equals(m.checksum())) {
                throw new StorageException(Message.of("store.schema.changed",
                        location, m.fileName(), checksum, m.checksum()));
            }
        }
    }

    private static void apply(Connection connection, Migration m, String location) {
        try {
            for (String sql : m.statements()) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.execute();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO schema_history (version, description, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
                insert.setInt(1, m.version());
                insert.setString(2, m.description());
                insert.setString(3, m.checksum());
                Columns.setInstant(insert, 4, Instant.now().truncatedTo(ChronoUnit.MILLIS));
                insert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            }
            throw StorageErrors.failed(Message.of("store.do.migrate", m.fileName()), location, e);
        }
    }

    private static void createHistoryTable(Connection connection) throws SQLException {
        try (PreparedStatement create = connection.prepareStatement("CREATE TABLE IF NOT EXISTS schema_history ("
                + "version INT NOT NULL PRIMARY KEY, "
                + "description VARCHAR NOT NULL, "
                + "checksum CHAR(64) NOT NULL, "
                + "applied_at TIMESTAMP(3) WITH TIME ZONE NOT NULL)")) {
            create.execute();
        }
        connection.commit();
    }

    private static Map<Integer, String> applied(Connection connection) throws SQLException {
        Map<Integer, String> applied = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT version, checksum FROM schema_history ORDER BY version");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                applied.put(rows.getInt(1), rows.getString(2));
            }
        }
        return applied;
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing schema migration resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read schema migration resource " + resource, e);
        }
    }
}
